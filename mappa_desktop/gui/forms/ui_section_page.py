# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'section_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SectionPageForm(object):
    def setupUi(self, SectionPageForm):
        if not SectionPageForm.objectName():
            SectionPageForm.setObjectName(u"SectionPageForm")
        self.pageLayout = QVBoxLayout(SectionPageForm)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(SectionPageForm)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
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

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)


        self.retranslateUi(SectionPageForm)

        QMetaObject.connectSlotsByName(SectionPageForm)
    # setupUi

    def retranslateUi(self, SectionPageForm):
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("SectionPageForm", u"Section questions", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText("")
        self.introLabel.setText("")
        pass
    # retranslateUi

