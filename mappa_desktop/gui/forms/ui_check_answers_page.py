# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_answers_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CheckAnswersPage(object):
    def setupUi(self, CheckAnswersPage):
        if not CheckAnswersPage.objectName():
            CheckAnswersPage.setObjectName(u"CheckAnswersPage")
        self.pageLayout = QVBoxLayout(CheckAnswersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(CheckAnswersPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentLayout = QVBoxLayout(self.scrollContents)
        self.contentLayout.setSpacing(10)
        self.contentLayout.setObjectName(u"contentLayout")
        self.headingLabel = QLabel(self.scrollContents)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"class", u"pageHeading")

        self.contentLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(self.scrollContents)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"class", u"hint")

        self.contentLayout.addWidget(self.introLabel)

        self.errorSummary = QFrame(self.scrollContents)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setProperty(u"class", u"errorSummary")
        self.errorLayout = QVBoxLayout(self.errorSummary)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorTitle = QLabel(self.errorSummary)
        self.errorTitle.setObjectName(u"errorTitle")
        self.errorTitle.setProperty(u"class", u"errorSummaryTitle")

        self.errorLayout.addWidget(self.errorTitle)

        self.errorList = QVBoxLayout()
        self.errorList.setObjectName(u"errorList")

        self.errorLayout.addLayout(self.errorList)


        self.contentLayout.addWidget(self.errorSummary)

        self.answersLayout = QVBoxLayout()
        self.answersLayout.setObjectName(u"answersLayout")

        self.contentLayout.addLayout(self.answersLayout)

        self.statusLabel = QLabel(self.scrollContents)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.statusLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.readyButton = QPushButton(self.scrollContents)
        self.readyButton.setObjectName(u"readyButton")
        self.readyButton.setProperty(u"class", u"primary")

        self.actionsLayout.addWidget(self.readyButton)

        self.previewButton = QPushButton(self.scrollContents)
        self.previewButton.setObjectName(u"previewButton")

        self.actionsLayout.addWidget(self.previewButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.contentLayout.addLayout(self.actionsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)


        self.retranslateUi(CheckAnswersPage)

        QMetaObject.connectSlotsByName(CheckAnswersPage)
    # setupUi

    def retranslateUi(self, CheckAnswersPage):
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("CheckAnswersPage", u"Check your answers", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("CheckAnswersPage", u"Check your answers", None))
        self.introLabel.setText(QCoreApplication.translate("CheckAnswersPage", u"Check the referral before you mark it ready to send. Use Change to go back to a section; your answers are saved as you type.", None))
#if QT_CONFIG(accessibility)
        self.errorSummary.setAccessibleName(QCoreApplication.translate("CheckAnswersPage", u"There is a problem", None))
#endif // QT_CONFIG(accessibility)
        self.errorTitle.setText(QCoreApplication.translate("CheckAnswersPage", u"Before this referral can be sent", None))
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.readyButton.setAccessibleName(QCoreApplication.translate("CheckAnswersPage", u"Mark as ready to send", None))
#endif // QT_CONFIG(accessibility)
        self.readyButton.setText(QCoreApplication.translate("CheckAnswersPage", u"Mark as &ready to send", None))
#if QT_CONFIG(accessibility)
        self.previewButton.setAccessibleName(QCoreApplication.translate("CheckAnswersPage", u"Preview and export the summary", None))
#endif // QT_CONFIG(accessibility)
        self.previewButton.setText(QCoreApplication.translate("CheckAnswersPage", u"&Preview and export\u2026", None))
        pass
    # retranslateUi

