# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subject_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SubjectPage(object):
    def setupUi(self, SubjectPage):
        if not SubjectPage.objectName():
            SubjectPage.setObjectName(u"SubjectPage")
        self.pageLayout = QVBoxLayout(SubjectPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(SubjectPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setSpacing(12)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.headingLabel = QLabel(self.scrollContents)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"class", u"pageHeading")

        self.contentsLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(self.scrollContents)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"class", u"hint")

        self.contentsLayout.addWidget(self.introLabel)

        self.identityGroup = QGroupBox(self.scrollContents)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityGroupForm = QFormLayout(self.identityGroup)
        self.identityGroupForm.setObjectName(u"identityGroupForm")
        self.identityGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identityGroupForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.givenNamesLabel = QLabel(self.identityGroup)
        self.givenNamesLabel.setObjectName(u"givenNamesLabel")

        self.identityGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenNamesLabel)

        self.givenNamesEdit = QLineEdit(self.identityGroup)
        self.givenNamesEdit.setObjectName(u"givenNamesEdit")

        self.identityGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenNamesEdit)

        self.familyNameLabel = QLabel(self.identityGroup)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.identityGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyNameLabel)

        self.familyNameEdit = QLineEdit(self.identityGroup)
        self.familyNameEdit.setObjectName(u"familyNameEdit")

        self.identityGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.familyNameEdit)

        self.aliasesLabel = QLabel(self.identityGroup)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.identityGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliasesBox = QWidget(self.identityGroup)
        self.aliasesBox.setObjectName(u"aliasesBox")
        self.aliasesBoxLayout = QVBoxLayout(self.aliasesBox)
        self.aliasesBoxLayout.setSpacing(2)
        self.aliasesBoxLayout.setObjectName(u"aliasesBoxLayout")
        self.aliasesBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.aliasesEdit = QLineEdit(self.aliasesBox)
        self.aliasesEdit.setObjectName(u"aliasesEdit")

        self.aliasesBoxLayout.addWidget(self.aliasesEdit)

        self.aliasesHint = QLabel(self.aliasesBox)
        self.aliasesHint.setObjectName(u"aliasesHint")
        self.aliasesHint.setWordWrap(True)
        self.aliasesHint.setProperty(u"class", u"hint")

        self.aliasesBoxLayout.addWidget(self.aliasesHint)


        self.identityGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aliasesBox)

        self.dateOfBirthLabel = QLabel(self.identityGroup)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.identityGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateOfBirthLabel)

        self.dateOfBirthBox = QWidget(self.identityGroup)
        self.dateOfBirthBox.setObjectName(u"dateOfBirthBox")
        self.dateOfBirthBoxLayout = QVBoxLayout(self.dateOfBirthBox)
        self.dateOfBirthBoxLayout.setSpacing(2)
        self.dateOfBirthBoxLayout.setObjectName(u"dateOfBirthBoxLayout")
        self.dateOfBirthBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.dateOfBirthEdit = QLineEdit(self.dateOfBirthBox)
        self.dateOfBirthEdit.setObjectName(u"dateOfBirthEdit")
        self.dateOfBirthEdit.setMaxLength(10)

        self.dateOfBirthBoxLayout.addWidget(self.dateOfBirthEdit)

        self.dateOfBirthError = QLabel(self.dateOfBirthBox)
        self.dateOfBirthError.setObjectName(u"dateOfBirthError")
        self.dateOfBirthError.setWordWrap(True)
        self.dateOfBirthError.setProperty(u"class", u"fieldError")

        self.dateOfBirthBoxLayout.addWidget(self.dateOfBirthError)


        self.identityGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateOfBirthBox)

        self.genderLabel = QLabel(self.identityGroup)
        self.genderLabel.setObjectName(u"genderLabel")

        self.identityGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.identityGroup)
        self.genderCombo.setObjectName(u"genderCombo")
        self.genderCombo.setEditable(False)

        self.identityGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.ethnicityLabel = QLabel(self.identityGroup)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.identityGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityEdit = QLineEdit(self.identityGroup)
        self.ethnicityEdit.setObjectName(u"ethnicityEdit")

        self.identityGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ethnicityEdit)

        self.languageLabel = QLabel(self.identityGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.identityGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageBox = QWidget(self.identityGroup)
        self.languageBox.setObjectName(u"languageBox")
        self.languageBoxLayout = QVBoxLayout(self.languageBox)
        self.languageBoxLayout.setSpacing(2)
        self.languageBoxLayout.setObjectName(u"languageBoxLayout")
        self.languageBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.languageCombo = QComboBox(self.languageBox)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setEditable(False)

        self.languageBoxLayout.addWidget(self.languageCombo)

        self.languageOtherEdit = QLineEdit(self.languageBox)
        self.languageOtherEdit.setObjectName(u"languageOtherEdit")

        self.languageBoxLayout.addWidget(self.languageOtherEdit)


        self.identityGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageBox)


        self.contentsLayout.addWidget(self.identityGroup)

        self.referencesGroup = QGroupBox(self.scrollContents)
        self.referencesGroup.setObjectName(u"referencesGroup")
        self.referencesGroupForm = QFormLayout(self.referencesGroup)
        self.referencesGroupForm.setObjectName(u"referencesGroupForm")
        self.referencesGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.referencesGroupForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.pncIdLabel = QLabel(self.referencesGroup)
        self.pncIdLabel.setObjectName(u"pncIdLabel")

        self.referencesGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pncIdLabel)

        self.pncIdBox = QWidget(self.referencesGroup)
        self.pncIdBox.setObjectName(u"pncIdBox")
        self.pncIdBoxLayout = QVBoxLayout(self.pncIdBox)
        self.pncIdBoxLayout.setSpacing(2)
        self.pncIdBoxLayout.setObjectName(u"pncIdBoxLayout")
        self.pncIdBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.pncIdEdit = QLineEdit(self.pncIdBox)
        self.pncIdEdit.setObjectName(u"pncIdEdit")
        self.pncIdEdit.setMaxLength(20)

        self.pncIdBoxLayout.addWidget(self.pncIdEdit)

        self.pncIdError = QLabel(self.pncIdBox)
        self.pncIdError.setObjectName(u"pncIdError")
        self.pncIdError.setWordWrap(True)
        self.pncIdError.setProperty(u"class", u"fieldError")

        self.pncIdBoxLayout.addWidget(self.pncIdError)


        self.referencesGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pncIdBox)

        self.visorRefLabel = QLabel(self.referencesGroup)
        self.visorRefLabel.setObjectName(u"visorRefLabel")

        self.referencesGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.visorRefLabel)

        self.visorRefEdit = QLineEdit(self.referencesGroup)
        self.visorRefEdit.setObjectName(u"visorRefEdit")

        self.referencesGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.visorRefEdit)

        self.ndeliusCrnLabel = QLabel(self.referencesGroup)
        self.ndeliusCrnLabel.setObjectName(u"ndeliusCrnLabel")

        self.referencesGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ndeliusCrnLabel)

        self.ndeliusCrnEdit = QLineEdit(self.referencesGroup)
        self.ndeliusCrnEdit.setObjectName(u"ndeliusCrnEdit")

        self.referencesGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ndeliusCrnEdit)


        self.contentsLayout.addWidget(self.referencesGroup)

        self.whereGroup = QGroupBox(self.scrollContents)
        self.whereGroup.setObjectName(u"whereGroup")
        self.whereGroupForm = QFormLayout(self.whereGroup)
        self.whereGroupForm.setObjectName(u"whereGroupForm")
        self.whereGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.whereGroupForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.addressLabel = QLabel(self.whereGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.whereGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.whereGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)

        self.whereGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.closestLinksLabel = QLabel(self.whereGroup)
        self.closestLinksLabel.setObjectName(u"closestLinksLabel")

        self.whereGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.closestLinksLabel)

        self.closestLinksEdit = QLineEdit(self.whereGroup)
        self.closestLinksEdit.setObjectName(u"closestLinksEdit")

        self.whereGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.closestLinksEdit)

        self.noFixedAbodeSpacerLabel = QLabel(self.whereGroup)
        self.noFixedAbodeSpacerLabel.setObjectName(u"noFixedAbodeSpacerLabel")

        self.whereGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noFixedAbodeSpacerLabel)

        self.noFixedAbodeCheck = QCheckBox(self.whereGroup)
        self.noFixedAbodeCheck.setObjectName(u"noFixedAbodeCheck")

        self.whereGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noFixedAbodeCheck)


        self.contentsLayout.addWidget(self.whereGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.givenNamesLabel.setBuddy(self.givenNamesEdit)
        self.familyNameLabel.setBuddy(self.familyNameEdit)
        self.aliasesLabel.setBuddy(self.aliasesEdit)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirthEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.ethnicityLabel.setBuddy(self.ethnicityEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.pncIdLabel.setBuddy(self.pncIdEdit)
        self.visorRefLabel.setBuddy(self.visorRefEdit)
        self.ndeliusCrnLabel.setBuddy(self.ndeliusCrnEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.closestLinksLabel.setBuddy(self.closestLinksEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.givenNamesEdit, self.familyNameEdit)
        QWidget.setTabOrder(self.familyNameEdit, self.aliasesEdit)
        QWidget.setTabOrder(self.aliasesEdit, self.dateOfBirthEdit)
        QWidget.setTabOrder(self.dateOfBirthEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.ethnicityEdit)
        QWidget.setTabOrder(self.ethnicityEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.languageOtherEdit)
        QWidget.setTabOrder(self.languageOtherEdit, self.pncIdEdit)
        QWidget.setTabOrder(self.pncIdEdit, self.visorRefEdit)
        QWidget.setTabOrder(self.visorRefEdit, self.ndeliusCrnEdit)
        QWidget.setTabOrder(self.ndeliusCrnEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.closestLinksEdit)
        QWidget.setTabOrder(self.closestLinksEdit, self.noFixedAbodeCheck)

        self.retranslateUi(SubjectPage)

        QMetaObject.connectSlotsByName(SubjectPage)
    # setupUi

    def retranslateUi(self, SubjectPage):
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Subject details", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("SubjectPage", u"Subject details", None))
        self.introLabel.setText(QCoreApplication.translate("SubjectPage", u"Who is being referred. Leave anything you do not know blank \u2014 you can come back to it. Check identifiers against nDelius and ViSOR: this tool is not the system of record.", None))
        self.identityGroup.setTitle(QCoreApplication.translate("SubjectPage", u"Identity", None))
        self.givenNamesLabel.setText(QCoreApplication.translate("SubjectPage", u"&Given names", None))
#if QT_CONFIG(accessibility)
        self.givenNamesEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Given names", None))
#endif // QT_CONFIG(accessibility)
        self.familyNameLabel.setText(QCoreApplication.translate("SubjectPage", u"&Family name", None))
#if QT_CONFIG(accessibility)
        self.familyNameEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.aliasesLabel.setText(QCoreApplication.translate("SubjectPage", u"&Aliases", None))
#if QT_CONFIG(accessibility)
        self.aliasesEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Aliases", None))
#endif // QT_CONFIG(accessibility)
        self.aliasesEdit.setPlaceholderText(QCoreApplication.translate("SubjectPage", u"Other names used, separated by commas", None))
        self.aliasesHint.setText(QCoreApplication.translate("SubjectPage", u"Separate names with commas, e.g. Danny Smith, D. Smithson", None))
        self.dateOfBirthLabel.setText(QCoreApplication.translate("SubjectPage", u"Date of &birth", None))
#if QT_CONFIG(accessibility)
        self.dateOfBirthEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.dateOfBirthEdit.setPlaceholderText(QCoreApplication.translate("SubjectPage", u"DD/MM/YYYY \u2014 leave blank if not known", None))
        self.dateOfBirthError.setText("")
        self.genderLabel.setText(QCoreApplication.translate("SubjectPage", u"G&ender", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicityLabel.setText(QCoreApplication.translate("SubjectPage", u"E&thnicity", None))
#if QT_CONFIG(accessibility)
        self.ethnicityEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Ethnicity", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicityEdit.setPlaceholderText(QCoreApplication.translate("SubjectPage", u"In the person\u2019s own words, where known", None))
        self.languageLabel.setText(QCoreApplication.translate("SubjectPage", u"Preferred &language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languageOtherEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Other preferred language", None))
#endif // QT_CONFIG(accessibility)
        self.languageOtherEdit.setPlaceholderText(QCoreApplication.translate("SubjectPage", u"Which language?", None))
        self.referencesGroup.setTitle(QCoreApplication.translate("SubjectPage", u"References", None))
        self.pncIdLabel.setText(QCoreApplication.translate("SubjectPage", u"&PNC ID", None))
#if QT_CONFIG(accessibility)
        self.pncIdEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"PNC ID", None))
#endif // QT_CONFIG(accessibility)
        self.pncIdEdit.setPlaceholderText(QCoreApplication.translate("SubjectPage", u"e.g. 04/0123456B", None))
        self.pncIdError.setText("")
        self.visorRefLabel.setText(QCoreApplication.translate("SubjectPage", u"&ViSOR / MAPPS ref", None))
#if QT_CONFIG(accessibility)
        self.visorRefEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"ViSOR or MAPPS reference", None))
#endif // QT_CONFIG(accessibility)
        self.ndeliusCrnLabel.setText(QCoreApplication.translate("SubjectPage", u"n&Delius CRN", None))
#if QT_CONFIG(accessibility)
        self.ndeliusCrnEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"nDelius CRN", None))
#endif // QT_CONFIG(accessibility)
        self.ndeliusCrnEdit.setPlaceholderText(QCoreApplication.translate("SubjectPage", u"e.g. X123456", None))
        self.whereGroup.setTitle(QCoreApplication.translate("SubjectPage", u"Where they live", None))
        self.addressLabel.setText(QCoreApplication.translate("SubjectPage", u"Add&ress", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SubjectPage", u"Current or release address", None))
        self.closestLinksLabel.setText(QCoreApplication.translate("SubjectPage", u"Area of &closest links", None))
#if QT_CONFIG(accessibility)
        self.closestLinksEdit.setAccessibleName(QCoreApplication.translate("SubjectPage", u"Area of closest links", None))
#endif // QT_CONFIG(accessibility)
        self.closestLinksEdit.setPlaceholderText(QCoreApplication.translate("SubjectPage", u"Town or local authority area", None))
        self.noFixedAbodeSpacerLabel.setText("")
#if QT_CONFIG(accessibility)
        self.noFixedAbodeCheck.setAccessibleName(QCoreApplication.translate("SubjectPage", u"No fixed abode", None))
#endif // QT_CONFIG(accessibility)
        self.noFixedAbodeCheck.setText(QCoreApplication.translate("SubjectPage", u"No &fixed abode", None))
        pass
    # retranslateUi

