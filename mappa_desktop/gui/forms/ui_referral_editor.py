# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_ReferralEditor(object):
    def setupUi(self, ReferralEditor):
        if not ReferralEditor.objectName():
            ReferralEditor.setObjectName(u"ReferralEditor")
        self.editorLayout = QVBoxLayout(ReferralEditor)
        self.editorLayout.setSpacing(8)
        self.editorLayout.setObjectName(u"editorLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(ReferralEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.titleLabel.setProperty(u"class", u"editorTitle")

        self.titleLayout.addWidget(self.titleLabel)

        self.referenceLabel = QLabel(ReferralEditor)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.referenceLabel.setProperty(u"class", u"hint")

        self.titleLayout.addWidget(self.referenceLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.listToggle = QPushButton(ReferralEditor)
        self.listToggle.setObjectName(u"listToggle")
        self.listToggle.setCheckable(True)

        self.headerLayout.addWidget(self.listToggle)

        self.saveStateLabel = QLabel(ReferralEditor)
        self.saveStateLabel.setObjectName(u"saveStateLabel")
        self.saveStateLabel.setProperty(u"class", u"saveState")

        self.headerLayout.addWidget(self.saveStateLabel)

        self.statusLabel = QLabel(ReferralEditor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ReferralEditor)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.statusCombo)


        self.editorLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sectionList = QListWidget(ReferralEditor)
        self.sectionList.setObjectName(u"sectionList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sectionList.sizePolicy().hasHeightForWidth())
        self.sectionList.setSizePolicy(sizePolicy)
        self.sectionList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.bodyLayout.addWidget(self.sectionList)

        self.bodySplitter = QSplitter(ReferralEditor)
        self.bodySplitter.setObjectName(u"bodySplitter")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.bodySplitter.sizePolicy().hasHeightForWidth())
        self.bodySplitter.setSizePolicy(sizePolicy1)
        self.bodySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.bodySplitter.setChildrenCollapsible(False)
        self.pageArea = QWidget(self.bodySplitter)
        self.pageArea.setObjectName(u"pageArea")
        self.pageColumn = QVBoxLayout(self.pageArea)
        self.pageColumn.setObjectName(u"pageColumn")
        self.pageColumn.setContentsMargins(0, 0, 0, 0)
        self.pageStack = QStackedWidget(self.pageArea)
        self.pageStack.setObjectName(u"pageStack")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(3)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.pageStack.sizePolicy().hasHeightForWidth())
        self.pageStack.setSizePolicy(sizePolicy2)

        self.pageColumn.addWidget(self.pageStack)

        self.navLayout = QHBoxLayout()
        self.navLayout.setObjectName(u"navLayout")
        self.previousButton = QPushButton(self.pageArea)
        self.previousButton.setObjectName(u"previousButton")

        self.navLayout.addWidget(self.previousButton)

        self.navSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navLayout.addItem(self.navSpacer)

        self.nextButton = QPushButton(self.pageArea)
        self.nextButton.setObjectName(u"nextButton")

        self.navLayout.addWidget(self.nextButton)


        self.pageColumn.addLayout(self.navLayout)

        self.bodySplitter.addWidget(self.pageArea)

        self.bodyLayout.addWidget(self.bodySplitter)


        self.editorLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferralEditor)

        QMetaObject.connectSlotsByName(ReferralEditor)
    # setupUi

    def retranslateUi(self, ReferralEditor):
        self.titleLabel.setText("")
        self.referenceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.listToggle.setAccessibleName(QCoreApplication.translate("ReferralEditor", u"Hide the referrals list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.listToggle.setToolTip(QCoreApplication.translate("ReferralEditor", u"Give the referral the whole window (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.listToggle.setText(QCoreApplication.translate("ReferralEditor", u"Hide list", None))
#if QT_CONFIG(accessibility)
        self.saveStateLabel.setAccessibleName(QCoreApplication.translate("ReferralEditor", u"Save state", None))
#endif // QT_CONFIG(accessibility)
        self.saveStateLabel.setText("")
        self.statusLabel.setText(QCoreApplication.translate("ReferralEditor", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ReferralEditor", u"Referral status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("ReferralEditor", u"Referral sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("ReferralEditor", u"Previous section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("ReferralEditor", u"Previous section (Ctrl+Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("ReferralEditor", u"\u25c0 Previous", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("ReferralEditor", u"Next section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ReferralEditor", u"Next section (Ctrl+Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("ReferralEditor", u"Next \u25b6", None))
        pass
    # retranslateUi

