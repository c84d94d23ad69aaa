# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_quiz.ui'
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
from PySide6.QtWidgets import (QApplication, QButtonGroup, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_TrainingQuiz(object):
    def setupUi(self, TrainingQuiz):
        if not TrainingQuiz.objectName():
            TrainingQuiz.setObjectName(u"TrainingQuiz")
        self.pageLayout = QHBoxLayout(TrainingQuiz)
        self.pageLayout.setObjectName(u"pageLayout")
        self.caseLayout = QVBoxLayout()
        self.caseLayout.setObjectName(u"caseLayout")
        self.trainingTitle = QLabel(TrainingQuiz)
        self.trainingTitle.setObjectName(u"trainingTitle")
        self.trainingTitle.setWordWrap(True)
        self.trainingTitle.setProperty(u"class", u"editorTitle")

        self.caseLayout.addWidget(self.trainingTitle)

        self.quizCase = QTextBrowser(TrainingQuiz)
        self.quizCase.setObjectName(u"quizCase")

        self.caseLayout.addWidget(self.quizCase)

        self.answersLayout = QHBoxLayout()
        self.answersLayout.setObjectName(u"answersLayout")
        self.categoryBox = QGroupBox(TrainingQuiz)
        self.categoryBox.setObjectName(u"categoryBox")
        self.categoryLayout = QVBoxLayout(self.categoryBox)
        self.categoryLayout.setObjectName(u"categoryLayout")
        self.categoryNone = QRadioButton(self.categoryBox)
        self.categoryGroup = QButtonGroup(TrainingQuiz)
        self.categoryGroup.setObjectName(u"categoryGroup")
        self.categoryGroup.addButton(self.categoryNone)
        self.categoryNone.setObjectName(u"categoryNone")

        self.categoryLayout.addWidget(self.categoryNone)

        self.category1 = QRadioButton(self.categoryBox)
        self.categoryGroup.addButton(self.category1)
        self.category1.setObjectName(u"category1")

        self.categoryLayout.addWidget(self.category1)

        self.category2 = QRadioButton(self.categoryBox)
        self.categoryGroup.addButton(self.category2)
        self.category2.setObjectName(u"category2")

        self.categoryLayout.addWidget(self.category2)

        self.category3 = QRadioButton(self.categoryBox)
        self.categoryGroup.addButton(self.category3)
        self.category3.setObjectName(u"category3")

        self.categoryLayout.addWidget(self.category3)

        self.category4 = QRadioButton(self.categoryBox)
        self.categoryGroup.addButton(self.category4)
        self.category4.setObjectName(u"category4")

        self.categoryLayout.addWidget(self.category4)

        self.categoryUnknown = QRadioButton(self.categoryBox)
        self.categoryGroup.addButton(self.categoryUnknown)
        self.categoryUnknown.setObjectName(u"categoryUnknown")

        self.categoryLayout.addWidget(self.categoryUnknown)

        self.categorySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.categoryLayout.addItem(self.categorySpacer)


        self.answersLayout.addWidget(self.categoryBox)

        self.levelBox = QGroupBox(TrainingQuiz)
        self.levelBox.setObjectName(u"levelBox")
        self.levelLayout = QVBoxLayout(self.levelBox)
        self.levelLayout.setObjectName(u"levelLayout")
        self.levelNone = QRadioButton(self.levelBox)
        self.levelGroup = QButtonGroup(TrainingQuiz)
        self.levelGroup.setObjectName(u"levelGroup")
        self.levelGroup.addButton(self.levelNone)
        self.levelNone.setObjectName(u"levelNone")

        self.levelLayout.addWidget(self.levelNone)

        self.level1 = QRadioButton(self.levelBox)
        self.levelGroup.addButton(self.level1)
        self.level1.setObjectName(u"level1")

        self.levelLayout.addWidget(self.level1)

        self.level2 = QRadioButton(self.levelBox)
        self.levelGroup.addButton(self.level2)
        self.level2.setObjectName(u"level2")

        self.levelLayout.addWidget(self.level2)

        self.level3 = QRadioButton(self.levelBox)
        self.levelGroup.addButton(self.level3)
        self.level3.setObjectName(u"level3")

        self.levelLayout.addWidget(self.level3)

        self.levelUnknown = QRadioButton(self.levelBox)
        self.levelGroup.addButton(self.levelUnknown)
        self.levelUnknown.setObjectName(u"levelUnknown")

        self.levelLayout.addWidget(self.levelUnknown)

        self.levelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.levelLayout.addItem(self.levelSpacer)


        self.answersLayout.addWidget(self.levelBox)

        self.promptBox = QGroupBox(TrainingQuiz)
        self.promptBox.setObjectName(u"promptBox")
        self.promptLayout = QVBoxLayout(self.promptBox)
        self.promptLayout.setObjectName(u"promptLayout")

        self.answersLayout.addWidget(self.promptBox)

        self.answersLayout.setStretch(2, 2)

        self.caseLayout.addLayout(self.answersLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.submitButton = QPushButton(TrainingQuiz)
        self.submitButton.setObjectName(u"submitButton")

        self.buttonLayout.addWidget(self.submitButton)

        self.nextButton = QPushButton(TrainingQuiz)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonLayout.addWidget(self.nextButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.caseLayout.addLayout(self.buttonLayout)

        self.caseLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.caseLayout)

        self.feedbackLayout = QVBoxLayout()
        self.feedbackLayout.setObjectName(u"feedbackLayout")
        self.feedbackView = QTextBrowser(TrainingQuiz)
        self.feedbackView.setObjectName(u"feedbackView")

        self.feedbackLayout.addWidget(self.feedbackView)

        self.scoreLabel = QLabel(TrainingQuiz)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setWordWrap(True)

        self.feedbackLayout.addWidget(self.scoreLabel)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.traineeEdit = QLineEdit(TrainingQuiz)
        self.traineeEdit.setObjectName(u"traineeEdit")

        self.saveLayout.addWidget(self.traineeEdit)

        self.savePdfButton = QPushButton(TrainingQuiz)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.saveLayout.addWidget(self.savePdfButton)

        self.saveLayout.setStretch(0, 1)

        self.feedbackLayout.addLayout(self.saveLayout)

        self.feedbackLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.feedbackLayout)

        self.pageLayout.setStretch(0, 3)
        self.pageLayout.setStretch(1, 2)
        QWidget.setTabOrder(self.quizCase, self.categoryNone)
        QWidget.setTabOrder(self.categoryNone, self.category1)
        QWidget.setTabOrder(self.category1, self.category2)
        QWidget.setTabOrder(self.category2, self.category3)
        QWidget.setTabOrder(self.category3, self.category4)
        QWidget.setTabOrder(self.category4, self.categoryUnknown)
        QWidget.setTabOrder(self.categoryUnknown, self.levelNone)
        QWidget.setTabOrder(self.levelNone, self.level1)
        QWidget.setTabOrder(self.level1, self.level2)
        QWidget.setTabOrder(self.level2, self.level3)
        QWidget.setTabOrder(self.level3, self.levelUnknown)
        QWidget.setTabOrder(self.levelUnknown, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.feedbackView)
        QWidget.setTabOrder(self.feedbackView, self.traineeEdit)
        QWidget.setTabOrder(self.traineeEdit, self.savePdfButton)

        self.retranslateUi(TrainingQuiz)

        QMetaObject.connectSlotsByName(TrainingQuiz)
    # setupUi

    def retranslateUi(self, TrainingQuiz):
#if QT_CONFIG(accessibility)
        self.quizCase.setAccessibleName(QCoreApplication.translate("TrainingQuiz", u"The case", None))
#endif // QT_CONFIG(accessibility)
        self.categoryBox.setTitle(QCoreApplication.translate("TrainingQuiz", u"Category", None))
        self.categoryNone.setText(QCoreApplication.translate("TrainingQuiz", u"Not eligible", None))
        self.category1.setText(QCoreApplication.translate("TrainingQuiz", u"Category 1", None))
        self.category2.setText(QCoreApplication.translate("TrainingQuiz", u"Category 2", None))
        self.category3.setText(QCoreApplication.translate("TrainingQuiz", u"Category 3", None))
        self.category4.setText(QCoreApplication.translate("TrainingQuiz", u"Category 4", None))
        self.categoryUnknown.setText(QCoreApplication.translate("TrainingQuiz", u"Not yet known", None))
        self.levelBox.setTitle(QCoreApplication.translate("TrainingQuiz", u"Level", None))
        self.levelNone.setText(QCoreApplication.translate("TrainingQuiz", u"None", None))
        self.level1.setText(QCoreApplication.translate("TrainingQuiz", u"Level 1", None))
        self.level2.setText(QCoreApplication.translate("TrainingQuiz", u"Level 2", None))
        self.level3.setText(QCoreApplication.translate("TrainingQuiz", u"Level 3", None))
        self.levelUnknown.setText(QCoreApplication.translate("TrainingQuiz", u"Not yet known", None))
        self.promptBox.setTitle(QCoreApplication.translate("TrainingQuiz", u"Prompts that apply", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("TrainingQuiz", u"Mark my answer (Ctrl+Return)", None))
#endif // QT_CONFIG(tooltip)
        self.submitButton.setText(QCoreApplication.translate("TrainingQuiz", u"&Submit answer", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("TrainingQuiz", u"Next scenario (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("TrainingQuiz", u"Ne&xt scenario", None))
#if QT_CONFIG(accessibility)
        self.feedbackView.setAccessibleName(QCoreApplication.translate("TrainingQuiz", u"Feedback", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.traineeEdit.setAccessibleName(QCoreApplication.translate("TrainingQuiz", u"Trainee name", None))
#endif // QT_CONFIG(accessibility)
        self.traineeEdit.setPlaceholderText(QCoreApplication.translate("TrainingQuiz", u"Trainee name for the record", None))
        self.savePdfButton.setText(QCoreApplication.translate("TrainingQuiz", u"Save results as &PDF\u2026", None))
        pass
    # retranslateUi

