# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_area.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTabWidget,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_TrainingArea(object):
    def setupUi(self, TrainingArea):
        if not TrainingArea.objectName():
            TrainingArea.setObjectName(u"TrainingArea")
        self.areaLayout = QVBoxLayout(TrainingArea)
        self.areaLayout.setSpacing(0)
        self.areaLayout.setObjectName(u"areaLayout")
        self.areaLayout.setContentsMargins(0, 0, 0, 0)
        self.trainingBanner = QLabel(TrainingArea)
        self.trainingBanner.setObjectName(u"trainingBanner")
        self.trainingBanner.setStyleSheet(u"background:#ffdd00;color:#0b0c0c;font-weight:bold;padding:6px;border-bottom:3px solid #0b0c0c;")
        self.trainingBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.trainingBanner.setWordWrap(True)

        self.areaLayout.addWidget(self.trainingBanner)

        self.tabs = QTabWidget(TrainingArea)
        self.tabs.setObjectName(u"tabs")
        self.libraryTab = QWidget()
        self.libraryTab.setObjectName(u"libraryTab")
        self.libraryTabLayout = QVBoxLayout(self.libraryTab)
        self.libraryTabLayout.setObjectName(u"libraryTabLayout")
        self.libraryTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.libraryTab, "")
        self.walkTab = QWidget()
        self.walkTab.setObjectName(u"walkTab")
        self.walkTabLayout = QVBoxLayout(self.walkTab)
        self.walkTabLayout.setObjectName(u"walkTabLayout")
        self.walkTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.walkTab, "")
        self.quizTab = QWidget()
        self.quizTab.setObjectName(u"quizTab")
        self.quizTabLayout = QVBoxLayout(self.quizTab)
        self.quizTabLayout.setObjectName(u"quizTabLayout")
        self.quizTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.quizTab, "")
        self.forumsTab = QWidget()
        self.forumsTab.setObjectName(u"forumsTab")
        self.forumsTabLayout = QVBoxLayout(self.forumsTab)
        self.forumsTabLayout.setObjectName(u"forumsTabLayout")
        self.forumsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.forumsView = QTextBrowser(self.forumsTab)
        self.forumsView.setObjectName(u"forumsView")
        self.forumsView.setOpenExternalLinks(True)

        self.forumsTabLayout.addWidget(self.forumsView)

        self.tabs.addTab(self.forumsTab, "")

        self.areaLayout.addWidget(self.tabs)

        self.areaLayout.setStretch(1, 1)

        self.retranslateUi(TrainingArea)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TrainingArea)
    # setupUi

    def retranslateUi(self, TrainingArea):
#if QT_CONFIG(accessibility)
        self.trainingBanner.setAccessibleName(QCoreApplication.translate("TrainingArea", u"Training mode", None))
#endif // QT_CONFIG(accessibility)
        self.trainingBanner.setText(QCoreApplication.translate("TrainingArea", u"TRAINING \u2014 fictional cases, not real referrals", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("TrainingArea", u"Training", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.libraryTab), QCoreApplication.translate("TrainingArea", u"Scenario library", None))
        self.tabs.setTabText(self.tabs.indexOf(self.walkTab), QCoreApplication.translate("TrainingArea", u"Walk-through", None))
        self.tabs.setTabText(self.tabs.indexOf(self.quizTab), QCoreApplication.translate("TrainingArea", u"Quiz", None))
#if QT_CONFIG(accessibility)
        self.forumsView.setAccessibleName(QCoreApplication.translate("TrainingArea", u"How the forums fit together", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.forumsTab), QCoreApplication.translate("TrainingArea", u"How the forums fit together", None))
        pass
    # retranslateUi

