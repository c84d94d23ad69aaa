# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReasonPage(object):
    def setupUi(self, ReasonPage):
        if not ReasonPage.objectName():
            ReasonPage.setObjectName(u"ReasonPage")
        self.pageLayout = QVBoxLayout(ReasonPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(ReasonPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"class", u"pageHeading")

        self.pageLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(ReasonPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"class", u"hint")

        self.pageLayout.addWidget(self.introLabel)

        self.reasonLabel = QLabel(ReasonPage)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.pageLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ReasonPage)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.pageLayout.addWidget(self.reasonEdit)

        self.reasonError = QLabel(ReasonPage)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"class", u"fieldError")

        self.pageLayout.addWidget(self.reasonError)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReasonPage)

        QMetaObject.connectSlotsByName(ReasonPage)
    # setupUi

    def retranslateUi(self, ReasonPage):
        self.headingLabel.setText(QCoreApplication.translate("ReasonPage", u"Reason for referral", None))
        self.introLabel.setText(QCoreApplication.translate("ReasonPage", u"Why does this person need multi-agency management? Say what the agencies will do together that one agency cannot do alone. Use short bullet points; do not paste from reports.", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReasonPage", u"&Reason for referral", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ReasonPage", u"Reason for referral", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReasonPage", u"\u2022 risk to whom, and why now\n"
"\u2022 what a higher level of management would add", None))
        self.reasonError.setText("")
        pass
    # retranslateUi

