# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screening_area.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ScreeningArea(object):
    def setupUi(self, ScreeningArea):
        if not ScreeningArea.objectName():
            ScreeningArea.setObjectName(u"ScreeningArea")
        self.areaLayout = QVBoxLayout(ScreeningArea)
        self.areaLayout.setObjectName(u"areaLayout")
        self.areaLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(ScreeningArea)
        self.tabs.setObjectName(u"tabs")
        self.queueTab = QWidget()
        self.queueTab.setObjectName(u"queueTab")
        self.queueTabLayout = QVBoxLayout(self.queueTab)
        self.queueTabLayout.setObjectName(u"queueTabLayout")
        self.controlsLayout = QHBoxLayout()
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.search = QLineEdit(self.queueTab)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(180, 0))
        self.search.setClearButtonEnabled(True)

        self.controlsLayout.addWidget(self.search)

        self.status = QComboBox(self.queueTab)
        self.status.setObjectName(u"status")
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(14)

        self.controlsLayout.addWidget(self.status)

        self.category = QComboBox(self.queueTab)
        self.category.setObjectName(u"category")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(10)

        self.controlsLayout.addWidget(self.category)

        self.daOnly = QCheckBox(self.queueTab)
        self.daOnly.setObjectName(u"daOnly")

        self.controlsLayout.addWidget(self.daOnly)

        self.overdueOnly = QCheckBox(self.queueTab)
        self.overdueOnly.setObjectName(u"overdueOnly")

        self.controlsLayout.addWidget(self.overdueOnly)

        self.controlsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlsLayout.addItem(self.controlsSpacer)

        self.countLabel = QLabel(self.queueTab)
        self.countLabel.setObjectName(u"countLabel")

        self.controlsLayout.addWidget(self.countLabel)

        self.importButton = QPushButton(self.queueTab)
        self.importButton.setObjectName(u"importButton")

        self.controlsLayout.addWidget(self.importButton)

        self.controlsLayout.setStretch(0, 2)
        self.controlsLayout.setStretch(5, 1)

        self.queueTabLayout.addLayout(self.controlsLayout)

        self.splitter = QSplitter(self.queueTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.queueSide = QWidget(self.splitter)
        self.queueSide.setObjectName(u"queueSide")
        self.queueSideLayout = QVBoxLayout(self.queueSide)
        self.queueSideLayout.setObjectName(u"queueSideLayout")
        self.queueSideLayout.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView(self.queueSide)
        self.view.setObjectName(u"view")
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)

        self.queueSideLayout.addWidget(self.view)

        self.empty = QLabel(self.queueSide)
        self.empty.setObjectName(u"empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"class", u"emptyState")

        self.queueSideLayout.addWidget(self.empty)

        self.queueSideLayout.setStretch(0, 1)
        self.queueSideLayout.setStretch(1, 1)
        self.splitter.addWidget(self.queueSide)

        self.queueTabLayout.addWidget(self.splitter)

        self.queueTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.queueTab, "")
        self.figuresTab = QWidget()
        self.figuresTab.setObjectName(u"figuresTab")
        self.figuresTabLayout = QVBoxLayout(self.figuresTab)
        self.figuresTabLayout.setObjectName(u"figuresTabLayout")
        self.figuresTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.figuresTab, "")

        self.areaLayout.addWidget(self.tabs)

        QWidget.setTabOrder(self.search, self.status)
        QWidget.setTabOrder(self.status, self.category)
        QWidget.setTabOrder(self.category, self.daOnly)
        QWidget.setTabOrder(self.daOnly, self.overdueOnly)
        QWidget.setTabOrder(self.overdueOnly, self.importButton)
        QWidget.setTabOrder(self.importButton, self.view)

        self.retranslateUi(ScreeningArea)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ScreeningArea)
    # setupUi

    def retranslateUi(self, ScreeningArea):
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ScreeningArea", u"Screening", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ScreeningArea", u"Search the screening queue", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("ScreeningArea", u"Search names, aliases, PNC, references", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ScreeningArea", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("ScreeningArea", u"Category filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.daOnly.setAccessibleName(QCoreApplication.translate("ScreeningArea", u"Only domestic abuse referrals", None))
#endif // QT_CONFIG(accessibility)
        self.daOnly.setText(QCoreApplication.translate("ScreeningArea", u"&Domestic abuse", None))
#if QT_CONFIG(accessibility)
        self.overdueOnly.setAccessibleName(QCoreApplication.translate("ScreeningArea", u"Only referrals with an overdue deadline", None))
#endif // QT_CONFIG(accessibility)
        self.overdueOnly.setText(QCoreApplication.translate("ScreeningArea", u"&Overdue", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ScreeningArea", u"Referrals shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ScreeningArea", u"Import referral packages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ScreeningArea", u"Import referral packages (.mappa.json), or drop files or folders here (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ScreeningArea", u"&Import packages\u2026", None))
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("ScreeningArea", u"Screening queue", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.queueTab), QCoreApplication.translate("ScreeningArea", u"&Queue", None))
        self.tabs.setTabText(self.tabs.indexOf(self.figuresTab), QCoreApplication.translate("ScreeningArea", u"&Figures for the board", None))
        pass
    # retranslateUi

