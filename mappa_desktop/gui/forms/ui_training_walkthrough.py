# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_walkthrough.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSplitter,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_TrainingWalkthrough(object):
    def setupUi(self, TrainingWalkthrough):
        if not TrainingWalkthrough.objectName():
            TrainingWalkthrough.setObjectName(u"TrainingWalkthrough")
        self.pageLayout = QVBoxLayout(TrainingWalkthrough)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.trainingTitle = QLabel(TrainingWalkthrough)
        self.trainingTitle.setObjectName(u"trainingTitle")
        self.trainingTitle.setWordWrap(True)
        self.trainingTitle.setProperty(u"class", u"editorTitle")

        self.titleLayout.addWidget(self.trainingTitle)

        self.caseCheck = QCheckBox(TrainingWalkthrough)
        self.caseCheck.setObjectName(u"caseCheck")
        self.caseCheck.setChecked(True)

        self.titleLayout.addWidget(self.caseCheck)

        self.titleLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.titleLayout)

        self.walkSplitter = QSplitter(TrainingWalkthrough)
        self.walkSplitter.setObjectName(u"walkSplitter")
        self.walkSplitter.setOrientation(Qt.Orientation.Vertical)
        self.walkSplitter.setChildrenCollapsible(False)
        self.caseSplitter = QSplitter(self.walkSplitter)
        self.caseSplitter.setObjectName(u"caseSplitter")
        self.caseSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.caseSplitter.setChildrenCollapsible(False)
        self.factsSplitter = QSplitter(self.caseSplitter)
        self.factsSplitter.setObjectName(u"factsSplitter")
        self.factsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.narrative = QTextBrowser(self.factsSplitter)
        self.narrative.setObjectName(u"narrative")
        self.factsSplitter.addWidget(self.narrative)
        self.factsTable = QTableWidget(self.factsSplitter)
        if (self.factsTable.columnCount() < 2):
            self.factsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.factsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.factsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.factsTable.setObjectName(u"factsTable")
        self.factsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.factsTable.setWordWrap(True)
        self.factsTable.setColumnCount(2)
        self.factsSplitter.addWidget(self.factsTable)
        self.factsTable.verticalHeader().setVisible(False)
        self.caseSplitter.addWidget(self.factsSplitter)
        self.walkSplitter.addWidget(self.caseSplitter)
        self.whatifBox = QGroupBox(self.walkSplitter)
        self.whatifBox.setObjectName(u"whatifBox")
        self.whatifLayout = QVBoxLayout(self.whatifBox)
        self.whatifLayout.setObjectName(u"whatifLayout")
        self.whatifControls = QHBoxLayout()
        self.whatifControls.setObjectName(u"whatifControls")
        self.factLabel = QLabel(self.whatifBox)
        self.factLabel.setObjectName(u"factLabel")

        self.whatifControls.addWidget(self.factLabel)

        self.whatifFact = QComboBox(self.whatifBox)
        self.whatifFact.setObjectName(u"whatifFact")
        self.whatifFact.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.whatifFact.setMinimumContentsLength(20)

        self.whatifControls.addWidget(self.whatifFact)

        self.valueLabel = QLabel(self.whatifBox)
        self.valueLabel.setObjectName(u"valueLabel")

        self.whatifControls.addWidget(self.valueLabel)

        self.whatifValue = QComboBox(self.whatifBox)
        self.whatifValue.setObjectName(u"whatifValue")
        self.whatifValue.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.whatifValue.setMinimumContentsLength(12)

        self.whatifControls.addWidget(self.whatifValue)

        self.whatifText = QLineEdit(self.whatifBox)
        self.whatifText.setObjectName(u"whatifText")

        self.whatifControls.addWidget(self.whatifText)

        self.compareButton = QPushButton(self.whatifBox)
        self.compareButton.setObjectName(u"compareButton")

        self.whatifControls.addWidget(self.compareButton)

        self.whatifControls.setStretch(1, 3)
        self.whatifControls.setStretch(3, 2)
        self.whatifControls.setStretch(4, 2)

        self.whatifLayout.addLayout(self.whatifControls)

        self.comparisonSplitter = QSplitter(self.whatifBox)
        self.comparisonSplitter.setObjectName(u"comparisonSplitter")
        self.comparisonSplitter.setOrientation(Qt.Orientation.Vertical)
        self.comparisonSplitter.setChildrenCollapsible(False)
        self.whatifChanges = QTextBrowser(self.comparisonSplitter)
        self.whatifChanges.setObjectName(u"whatifChanges")
        self.comparisonSplitter.addWidget(self.whatifChanges)
        self.sidesSplitter = QSplitter(self.comparisonSplitter)
        self.sidesSplitter.setObjectName(u"sidesSplitter")
        self.sidesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.sidesSplitter.setChildrenCollapsible(False)
        self.whatifBefore = QTextBrowser(self.sidesSplitter)
        self.whatifBefore.setObjectName(u"whatifBefore")
        self.sidesSplitter.addWidget(self.whatifBefore)
        self.whatifAfter = QTextBrowser(self.sidesSplitter)
        self.whatifAfter.setObjectName(u"whatifAfter")
        self.sidesSplitter.addWidget(self.whatifAfter)
        self.comparisonSplitter.addWidget(self.sidesSplitter)

        self.whatifLayout.addWidget(self.comparisonSplitter)

        self.whatifLayout.setStretch(1, 1)
        self.walkSplitter.addWidget(self.whatifBox)

        self.pageLayout.addWidget(self.walkSplitter)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.factLabel.setBuddy(self.whatifFact)
        self.valueLabel.setBuddy(self.whatifValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caseCheck, self.narrative)
        QWidget.setTabOrder(self.narrative, self.factsTable)
        QWidget.setTabOrder(self.factsTable, self.whatifFact)
        QWidget.setTabOrder(self.whatifFact, self.whatifValue)
        QWidget.setTabOrder(self.whatifValue, self.whatifText)
        QWidget.setTabOrder(self.whatifText, self.compareButton)
        QWidget.setTabOrder(self.compareButton, self.whatifChanges)
        QWidget.setTabOrder(self.whatifChanges, self.whatifBefore)
        QWidget.setTabOrder(self.whatifBefore, self.whatifAfter)

        self.retranslateUi(TrainingWalkthrough)

        QMetaObject.connectSlotsByName(TrainingWalkthrough)
    # setupUi

    def retranslateUi(self, TrainingWalkthrough):
#if QT_CONFIG(accessibility)
        self.caseCheck.setAccessibleName(QCoreApplication.translate("TrainingWalkthrough", u"Show the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.caseCheck.setToolTip(QCoreApplication.translate("TrainingWalkthrough", u"Show the narrative, the facts and the decision aid above the comparison", None))
#endif // QT_CONFIG(tooltip)
        self.caseCheck.setText(QCoreApplication.translate("TrainingWalkthrough", u"Show the ca&se", None))
#if QT_CONFIG(accessibility)
        self.narrative.setAccessibleName(QCoreApplication.translate("TrainingWalkthrough", u"Narrative", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.factsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TrainingWalkthrough", u"Question", None))
        ___qtablewidgetitem1 = self.factsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TrainingWalkthrough", u"Answer", None))
#if QT_CONFIG(accessibility)
        self.factsTable.setAccessibleName(QCoreApplication.translate("TrainingWalkthrough", u"Facts of the case", None))
#endif // QT_CONFIG(accessibility)
        self.whatifBox.setTitle(QCoreApplication.translate("TrainingWalkthrough", u"What if one fact were different?", None))
        self.factLabel.setText(QCoreApplication.translate("TrainingWalkthrough", u"F&act:", None))
#if QT_CONFIG(accessibility)
        self.whatifFact.setAccessibleName(QCoreApplication.translate("TrainingWalkthrough", u"Fact to change", None))
#endif // QT_CONFIG(accessibility)
        self.valueLabel.setText(QCoreApplication.translate("TrainingWalkthrough", u"&New value:", None))
#if QT_CONFIG(accessibility)
        self.whatifValue.setAccessibleName(QCoreApplication.translate("TrainingWalkthrough", u"New value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.whatifText.setAccessibleName(QCoreApplication.translate("TrainingWalkthrough", u"New value", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.compareButton.setToolTip(QCoreApplication.translate("TrainingWalkthrough", u"Compare the case as written with the fact changed (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.compareButton.setText(QCoreApplication.translate("TrainingWalkthrough", u"&Compare", None))
#if QT_CONFIG(accessibility)
        self.whatifChanges.setAccessibleName(QCoreApplication.translate("TrainingWalkthrough", u"What changes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.whatifBefore.setAccessibleName(QCoreApplication.translate("TrainingWalkthrough", u"Explanation as written", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.whatifAfter.setAccessibleName(QCoreApplication.translate("TrainingWalkthrough", u"Explanation with the fact changed", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

