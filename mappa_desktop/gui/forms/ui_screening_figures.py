# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screening_figures.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BoardFiguresForm(object):
    def setupUi(self, BoardFiguresForm):
        if not BoardFiguresForm.objectName():
            BoardFiguresForm.setObjectName(u"BoardFiguresForm")
        self.figuresLayout = QVBoxLayout(BoardFiguresForm)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.periodLabel = QLabel(BoardFiguresForm)
        self.periodLabel.setObjectName(u"periodLabel")

        self.barLayout.addWidget(self.periodLabel)

        self.period = QComboBox(BoardFiguresForm)
        self.period.addItem("")
        self.period.addItem("")
        self.period.addItem("")
        self.period.setObjectName(u"period")

        self.barLayout.addWidget(self.period)

        self.dimensionLabel = QLabel(BoardFiguresForm)
        self.dimensionLabel.setObjectName(u"dimensionLabel")

        self.barLayout.addWidget(self.dimensionLabel)

        self.dimension = QComboBox(BoardFiguresForm)
        self.dimension.setObjectName(u"dimension")

        self.barLayout.addWidget(self.dimension)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barSpacer)

        self.refreshButton = QPushButton(BoardFiguresForm)
        self.refreshButton.setObjectName(u"refreshButton")

        self.barLayout.addWidget(self.refreshButton)

        self.csvButton = QPushButton(BoardFiguresForm)
        self.csvButton.setObjectName(u"csvButton")

        self.barLayout.addWidget(self.csvButton)

        self.pdfButton = QPushButton(BoardFiguresForm)
        self.pdfButton.setObjectName(u"pdfButton")

        self.barLayout.addWidget(self.pdfButton)


        self.figuresLayout.addLayout(self.barLayout)

        self.headline = QLabel(BoardFiguresForm)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.figuresLayout.addWidget(self.headline)

        self.empty = QLabel(BoardFiguresForm)
        self.empty.setObjectName(u"empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"class", u"emptyState")

        self.figuresLayout.addWidget(self.empty)

        self.scroll = QScrollArea(BoardFiguresForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.gridHost = QWidget()
        self.gridHost.setObjectName(u"gridHost")
        self.grid = QGridLayout(self.gridHost)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.sampleCaption = QLabel(self.gridHost)
        self.sampleCaption.setObjectName(u"sampleCaption")
        self.sampleCaption.setWordWrap(True)

        self.grid.addWidget(self.sampleCaption, 3, 0, 1, 2)

        self.sampleTable = QTableWidget(self.gridHost)
        if (self.sampleTable.columnCount() < 6):
            self.sampleTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.sampleTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.sampleTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.sampleTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.sampleTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.sampleTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.sampleTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.sampleTable.setObjectName(u"sampleTable")
        self.sampleTable.setMinimumSize(QSize(0, 220))
        self.sampleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampleTable.setColumnCount(6)
        self.sampleTable.verticalHeader().setVisible(False)

        self.grid.addWidget(self.sampleTable, 4, 0, 1, 2)

        self.gridSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.gridSpacer, 5, 0, 1, 2)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.scroll.setWidget(self.gridHost)

        self.figuresLayout.addWidget(self.scroll)

        self.figuresLayout.setStretch(2, 1)
        self.figuresLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.period)
        self.dimensionLabel.setBuddy(self.dimension)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.period, self.dimension)
        QWidget.setTabOrder(self.dimension, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.csvButton)
        QWidget.setTabOrder(self.csvButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.scroll)
        QWidget.setTabOrder(self.scroll, self.sampleTable)

        self.retranslateUi(BoardFiguresForm)

        QMetaObject.connectSlotsByName(BoardFiguresForm)
    # setupUi

    def retranslateUi(self, BoardFiguresForm):
        self.periodLabel.setText(QCoreApplication.translate("BoardFiguresForm", u"&Period:", None))
        self.period.setItemText(0, QCoreApplication.translate("BoardFiguresForm", u"All referrals", None))
        self.period.setItemText(1, QCoreApplication.translate("BoardFiguresForm", u"Last 6 months", None))
        self.period.setItemText(2, QCoreApplication.translate("BoardFiguresForm", u"Last 12 months", None))

#if QT_CONFIG(accessibility)
        self.period.setAccessibleName(QCoreApplication.translate("BoardFiguresForm", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.dimensionLabel.setText(QCoreApplication.translate("BoardFiguresForm", u"D&iversity by:", None))
#if QT_CONFIG(accessibility)
        self.dimension.setAccessibleName(QCoreApplication.translate("BoardFiguresForm", u"Diversity measure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("BoardFiguresForm", u"Refresh the figures", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("BoardFiguresForm", u"Re&fresh", None))
#if QT_CONFIG(accessibility)
        self.csvButton.setAccessibleName(QCoreApplication.translate("BoardFiguresForm", u"Export the figures as CSV", None))
#endif // QT_CONFIG(accessibility)
        self.csvButton.setText(QCoreApplication.translate("BoardFiguresForm", u"Export &CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("BoardFiguresForm", u"Export the figures as a PDF report", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("BoardFiguresForm", u"Export PDF &report\u2026", None))
#if QT_CONFIG(accessibility)
        self.headline.setAccessibleName(QCoreApplication.translate("BoardFiguresForm", u"Figures in brief", None))
#endif // QT_CONFIG(accessibility)
        self.empty.setText(QCoreApplication.translate("BoardFiguresForm", u"No referrals have been received yet. Import referral packages on the Queue tab; the figures appear here.", None))
        ___qtablewidgetitem = self.sampleTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BoardFiguresForm", u"Reference", None))
        ___qtablewidgetitem1 = self.sampleTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BoardFiguresForm", u"Name", None))
        ___qtablewidgetitem2 = self.sampleTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BoardFiguresForm", u"Category", None))
        ___qtablewidgetitem3 = self.sampleTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BoardFiguresForm", u"Level sought", None))
        ___qtablewidgetitem4 = self.sampleTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("BoardFiguresForm", u"Decided", None))
        ___qtablewidgetitem5 = self.sampleTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("BoardFiguresForm", u"Reasons and note", None))
#if QT_CONFIG(accessibility)
        self.sampleTable.setAccessibleName(QCoreApplication.translate("BoardFiguresForm", u"Random sample of not-accepted referrals for audit", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

