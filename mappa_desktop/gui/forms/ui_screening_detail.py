# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screening_detail.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ScreeningDetailForm(object):
    def setupUi(self, ScreeningDetailForm):
        if not ScreeningDetailForm.objectName():
            ScreeningDetailForm.setObjectName(u"ScreeningDetailForm")
        self.detailLayout = QVBoxLayout(ScreeningDetailForm)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(ScreeningDetailForm)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setProperty(u"class", u"panelHeading")

        self.detailLayout.addWidget(self.heading)

        self.splitter = QSplitter(ScreeningDetailForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.summary = QTextBrowser(self.splitter)
        self.summary.setObjectName(u"summary")
        self.summary.setOpenExternalLinks(False)
        self.splitter.addWidget(self.summary)
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setMinimumSize(QSize(360, 0))
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.side = QWidget()
        self.side.setObjectName(u"side")
        self.sideLayout = QVBoxLayout(self.side)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.comparison = QLabel(self.side)
        self.comparison.setObjectName(u"comparison")
        self.comparison.setTextFormat(Qt.TextFormat.RichText)
        self.comparison.setWordWrap(True)

        self.sideLayout.addWidget(self.comparison)

        self.deadlines = QLabel(self.side)
        self.deadlines.setObjectName(u"deadlines")
        self.deadlines.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines.setWordWrap(True)

        self.sideLayout.addWidget(self.deadlines)

        self.formBox = QGroupBox(self.side)
        self.formBox.setObjectName(u"formBox")
        self.formLayout = QVBoxLayout(self.formBox)
        self.formLayout.setObjectName(u"formLayout")
        self.decisionRow = QFormLayout()
        self.decisionRow.setObjectName(u"decisionRow")
        self.decisionLabel = QLabel(self.formBox)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionRow.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decision = QComboBox(self.formBox)
        self.decision.setObjectName(u"decision")
        self.decision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.decision.setMinimumContentsLength(20)

        self.decisionRow.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision)


        self.formLayout.addLayout(self.decisionRow)

        self.reasonsLabel = QLabel(self.formBox)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.formLayout.addWidget(self.reasonsLabel)

        self.reasonsArea = QVBoxLayout()
        self.reasonsArea.setObjectName(u"reasonsArea")

        self.formLayout.addLayout(self.reasonsArea)

        self.note = QPlainTextEdit(self.formBox)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.formLayout.addWidget(self.note)

        self.requestBox = QGroupBox(self.formBox)
        self.requestBox.setObjectName(u"requestBox")
        self.requestLayout = QVBoxLayout(self.requestBox)
        self.requestLayout.setObjectName(u"requestLayout")
        self.request = QPlainTextEdit(self.requestBox)
        self.request.setObjectName(u"request")
        self.request.setMinimumSize(QSize(0, 140))
        self.request.setTabChangesFocus(True)

        self.requestLayout.addWidget(self.request)

        self.requestButtons = QHBoxLayout()
        self.requestButtons.setObjectName(u"requestButtons")
        self.copyRequest = QPushButton(self.requestBox)
        self.copyRequest.setObjectName(u"copyRequest")

        self.requestButtons.addWidget(self.copyRequest)

        self.saveRequest = QPushButton(self.requestBox)
        self.saveRequest.setObjectName(u"saveRequest")

        self.requestButtons.addWidget(self.saveRequest)

        self.requestSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestButtons.addItem(self.requestSpacer)


        self.requestLayout.addLayout(self.requestButtons)


        self.formLayout.addWidget(self.requestBox)

        self.error = QLabel(self.formBox)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b10e1e")
        self.error.setWordWrap(True)
        self.error.setProperty(u"class", u"fieldError")

        self.formLayout.addWidget(self.error)

        self.recordRow = QHBoxLayout()
        self.recordRow.setObjectName(u"recordRow")
        self.recordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordRow.addItem(self.recordSpacer)

        self.record = QPushButton(self.formBox)
        self.record.setObjectName(u"record")

        self.recordRow.addWidget(self.record)


        self.formLayout.addLayout(self.recordRow)


        self.sideLayout.addWidget(self.formBox)

        self.history = QLabel(self.side)
        self.history.setObjectName(u"history")
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)

        self.sideLayout.addWidget(self.history)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.scroll.setWidget(self.side)
        self.splitter.addWidget(self.scroll)

        self.detailLayout.addWidget(self.splitter)

        self.detailLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.decisionLabel.setBuddy(self.decision)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.summary, self.decision)
        QWidget.setTabOrder(self.decision, self.note)
        QWidget.setTabOrder(self.note, self.request)
        QWidget.setTabOrder(self.request, self.copyRequest)
        QWidget.setTabOrder(self.copyRequest, self.saveRequest)
        QWidget.setTabOrder(self.saveRequest, self.record)

        self.retranslateUi(ScreeningDetailForm)

        QMetaObject.connectSlotsByName(ScreeningDetailForm)
    # setupUi

    def retranslateUi(self, ScreeningDetailForm):
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Referral being screened", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("ScreeningDetailForm", u"Choose a referral in the queue to screen it.", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Referral summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.comparison.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Level sought and the aid's recommendation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadlines.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Deadlines", None))
#endif // QT_CONFIG(accessibility)
        self.formBox.setTitle(QCoreApplication.translate("ScreeningDetailForm", u"Decision", None))
        self.decisionLabel.setText(QCoreApplication.translate("ScreeningDetailForm", u"&Decision:", None))
#if QT_CONFIG(accessibility)
        self.decision.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsLabel.setText(QCoreApplication.translate("ScreeningDetailForm", u"Reasons (at least one):", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Decision note", None))
#endif // QT_CONFIG(accessibility)
        self.note.setPlaceholderText(QCoreApplication.translate("ScreeningDetailForm", u"Note: anything the reasons do not say (required for 'Other')", None))
        self.requestBox.setTitle(QCoreApplication.translate("ScreeningDetailForm", u"Request for more information (edit, then copy or save)", None))
#if QT_CONFIG(accessibility)
        self.request.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Request note to send to the referrer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copyRequest.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Copy the request note", None))
#endif // QT_CONFIG(accessibility)
        self.copyRequest.setText(QCoreApplication.translate("ScreeningDetailForm", u"&Copy note", None))
#if QT_CONFIG(accessibility)
        self.saveRequest.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Save the request note to a file", None))
#endif // QT_CONFIG(accessibility)
        self.saveRequest.setText(QCoreApplication.translate("ScreeningDetailForm", u"Sa&ve note\u2026", None))
#if QT_CONFIG(accessibility)
        self.error.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Decision problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.record.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Record the decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.record.setToolTip(QCoreApplication.translate("ScreeningDetailForm", u"Record the decision with its reasons (Ctrl+Return)", None))
#endif // QT_CONFIG(tooltip)
        self.record.setText(QCoreApplication.translate("ScreeningDetailForm", u"&Record decision", None))
#if QT_CONFIG(accessibility)
        self.history.setAccessibleName(QCoreApplication.translate("ScreeningDetailForm", u"Decisions so far", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

