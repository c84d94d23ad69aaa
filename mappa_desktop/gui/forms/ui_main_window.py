# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QStatusBar, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        self.actionNewReferral = QAction(MainWindow)
        self.actionNewReferral.setObjectName(u"actionNewReferral")
        self.actionDuplicateReferral = QAction(MainWindow)
        self.actionDuplicateReferral.setObjectName(u"actionDuplicateReferral")
        self.actionDeleteReferral = QAction(MainWindow)
        self.actionDeleteReferral.setObjectName(u"actionDeleteReferral")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionUserGuide = QAction(MainWindow)
        self.actionUserGuide.setObjectName(u"actionUserGuide")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.markingBanner = QLabel(self.centralWidget)
        self.markingBanner.setObjectName(u"markingBanner")
        self.markingBanner.setText(u"OFFICIAL-SENSITIVE")
        self.markingBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.centralLayout.addWidget(self.markingBanner)

        self.areaTabs = QTabWidget(self.centralWidget)
        self.areaTabs.setObjectName(u"areaTabs")
        self.areaTabs.setDocumentMode(True)
        self.referralsTab = QWidget()
        self.referralsTab.setObjectName(u"referralsTab")
        self.referralsLayout = QHBoxLayout(self.referralsTab)
        self.referralsLayout.setObjectName(u"referralsLayout")
        self.referralsLayout.setContentsMargins(0, 0, 0, 0)
        self.referralsSplitter = QSplitter(self.referralsTab)
        self.referralsSplitter.setObjectName(u"referralsSplitter")
        self.referralsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.referralsSplitter.setChildrenCollapsible(False)
        self.draftsPanel = QWidget(self.referralsSplitter)
        self.draftsPanel.setObjectName(u"draftsPanel")
        self.draftsLayout = QVBoxLayout(self.draftsPanel)
        self.draftsLayout.setObjectName(u"draftsLayout")
        self.draftsLayout.setContentsMargins(12, 10, 6, 6)
        self.draftsHeading = QLabel(self.draftsPanel)
        self.draftsHeading.setObjectName(u"draftsHeading")

        self.draftsLayout.addWidget(self.draftsHeading)

        self.searchEdit = QLineEdit(self.draftsPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.draftsLayout.addWidget(self.searchEdit)

        self.draftsButtons = QHBoxLayout()
        self.draftsButtons.setObjectName(u"draftsButtons")
        self.newButton = QPushButton(self.draftsPanel)
        self.newButton.setObjectName(u"newButton")

        self.draftsButtons.addWidget(self.newButton)

        self.duplicateButton = QPushButton(self.draftsPanel)
        self.duplicateButton.setObjectName(u"duplicateButton")

        self.draftsButtons.addWidget(self.duplicateButton)

        self.deleteButton = QPushButton(self.draftsPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.draftsButtons.addWidget(self.deleteButton)

        self.draftsButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftsButtons.addItem(self.draftsButtonsSpacer)


        self.draftsLayout.addLayout(self.draftsButtons)

        self.draftsStack = QStackedWidget(self.draftsPanel)
        self.draftsStack.setObjectName(u"draftsStack")
        self.draftsView = QTableView()
        self.draftsView.setObjectName(u"draftsView")
        self.draftsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.draftsView.setAlternatingRowColors(True)
        self.draftsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.draftsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.draftsView.setShowGrid(False)
        self.draftsView.setWordWrap(False)
        self.draftsStack.addWidget(self.draftsView)
        self.draftsView.horizontalHeader().setStretchLastSection(True)
        self.draftsView.verticalHeader().setVisible(False)
        self.draftsEmptyLabel = QLabel()
        self.draftsEmptyLabel.setObjectName(u"draftsEmptyLabel")
        self.draftsEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.draftsEmptyLabel.setWordWrap(True)
        self.draftsStack.addWidget(self.draftsEmptyLabel)

        self.draftsLayout.addWidget(self.draftsStack)

        self.draftsCountLabel = QLabel(self.draftsPanel)
        self.draftsCountLabel.setObjectName(u"draftsCountLabel")

        self.draftsLayout.addWidget(self.draftsCountLabel)

        self.referralsSplitter.addWidget(self.draftsPanel)
        self.editorStack = QStackedWidget(self.referralsSplitter)
        self.editorStack.setObjectName(u"editorStack")
        self.noReferralPage = QWidget()
        self.noReferralPage.setObjectName(u"noReferralPage")
        self.noReferralLayout = QVBoxLayout(self.noReferralPage)
        self.noReferralLayout.setObjectName(u"noReferralLayout")
        self.noReferralLabel = QLabel(self.noReferralPage)
        self.noReferralLabel.setObjectName(u"noReferralLabel")
        self.noReferralLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noReferralLabel.setWordWrap(True)

        self.noReferralLayout.addWidget(self.noReferralLabel)

        self.editorStack.addWidget(self.noReferralPage)
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorLayout = QVBoxLayout(self.editorPage)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(6, 2, 6, 0)
        self.editorStack.addWidget(self.editorPage)
        self.referralsSplitter.addWidget(self.editorStack)

        self.referralsLayout.addWidget(self.referralsSplitter)

        self.areaTabs.addTab(self.referralsTab, "")
        self.screeningTab = QWidget()
        self.screeningTab.setObjectName(u"screeningTab")
        self.screeningLayout = QVBoxLayout(self.screeningTab)
        self.screeningLayout.setObjectName(u"screeningLayout")
        self.screeningHeading = QLabel(self.screeningTab)
        self.screeningHeading.setObjectName(u"screeningHeading")

        self.screeningLayout.addWidget(self.screeningHeading)

        self.screeningText = QLabel(self.screeningTab)
        self.screeningText.setObjectName(u"screeningText")
        self.screeningText.setWordWrap(True)
        self.screeningText.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.screeningLayout.addWidget(self.screeningText)

        self.screeningSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.screeningLayout.addItem(self.screeningSpacer)

        self.areaTabs.addTab(self.screeningTab, "")
        self.trainingTab = QWidget()
        self.trainingTab.setObjectName(u"trainingTab")
        self.trainingLayout = QVBoxLayout(self.trainingTab)
        self.trainingLayout.setObjectName(u"trainingLayout")
        self.trainingHeading = QLabel(self.trainingTab)
        self.trainingHeading.setObjectName(u"trainingHeading")

        self.trainingLayout.addWidget(self.trainingHeading)

        self.trainingText = QLabel(self.trainingTab)
        self.trainingText.setObjectName(u"trainingText")
        self.trainingText.setWordWrap(True)
        self.trainingText.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.trainingLayout.addWidget(self.trainingText)

        self.trainingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.trainingLayout.addItem(self.trainingSpacer)

        self.areaTabs.addTab(self.trainingTab, "")

        self.centralLayout.addWidget(self.areaTabs)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewReferral)
        self.menuFile.addAction(self.actionDuplicateReferral)
        self.menuFile.addAction(self.actionDeleteReferral)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFind)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionUserGuide)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        self.areaTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"MAPPA Desktop", None))
        self.actionNewReferral.setText(QCoreApplication.translate("MainWindow", u"&New referral", None))
#if QT_CONFIG(shortcut)
        self.actionNewReferral.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionDuplicateReferral.setText(QCoreApplication.translate("MainWindow", u"&Duplicate referral", None))
#if QT_CONFIG(shortcut)
        self.actionDuplicateReferral.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionDeleteReferral.setText(QCoreApplication.translate("MainWindow", u"De&lete referral\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find referral", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSettings.setToolTip(QCoreApplication.translate("MainWindow", u"Security marking, language, your name and the database location", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionUserGuide.setText(QCoreApplication.translate("MainWindow", u"&User guide", None))
#if QT_CONFIG(shortcut)
        self.actionUserGuide.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About MAPPA Desktop", None))
#if QT_CONFIG(accessibility)
        self.markingBanner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Security marking", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.areaTabs.setAccessibleName(QCoreApplication.translate("MainWindow", u"Work areas", None))
#endif // QT_CONFIG(accessibility)
        self.draftsHeading.setText(QCoreApplication.translate("MainWindow", u"Referrals on this computer", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search referrals", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search by name, alias, PNC ID or reference (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"New referral", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("MainWindow", u"New referral", None))
#if QT_CONFIG(accessibility)
        self.duplicateButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Duplicate referral", None))
#endif // QT_CONFIG(accessibility)
        self.duplicateButton.setText(QCoreApplication.translate("MainWindow", u"Duplicate", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Delete referral", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("MainWindow", u"Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.draftsView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Referrals", None))
#endif // QT_CONFIG(accessibility)
        self.draftsEmptyLabel.setText("")
        self.draftsCountLabel.setText("")
        self.noReferralLabel.setText(QCoreApplication.translate("MainWindow", u"No referral open.\n"
"\n"
"Choose one from the list, or start a new referral (Ctrl+N).\n"
"Your typing is saved as you go.", None))
        self.areaTabs.setTabText(self.areaTabs.indexOf(self.referralsTab), QCoreApplication.translate("MainWindow", u"Referrals", None))
        self.screeningHeading.setText(QCoreApplication.translate("MainWindow", u"Screening", None))
        self.screeningText.setText(QCoreApplication.translate("MainWindow", u"MAPPA coordinators screen received referral packages here: import them, decide with recorded reasons, watch deadlines and prepare figures for the strategic management board.\n"
"\n"
"Opening the screening queue\u2026", None))
        self.areaTabs.setTabText(self.areaTabs.indexOf(self.screeningTab), QCoreApplication.translate("MainWindow", u"Screening", None))
        self.trainingHeading.setText(QCoreApplication.translate("MainWindow", u"Training", None))
        self.trainingText.setText(QCoreApplication.translate("MainWindow", u"Practise MAPPA referral decisions on fictional cases, and compare your answer with the guidance. Nothing you do in training touches real referrals.\n"
"\n"
"Opening the training area\u2026", None))
        self.areaTabs.setTabText(self.areaTabs.indexOf(self.trainingTab), QCoreApplication.translate("MainWindow", u"Training", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

