# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_library.ui'
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
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_TrainingLibrary(object):
    def setupUi(self, TrainingLibrary):
        if not TrainingLibrary.objectName():
            TrainingLibrary.setObjectName(u"TrainingLibrary")
        self.pageLayout = QHBoxLayout(TrainingLibrary)
        self.pageLayout.setObjectName(u"pageLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.tagLayout = QHBoxLayout()
        self.tagLayout.setObjectName(u"tagLayout")
        self.tagLabel = QLabel(TrainingLibrary)
        self.tagLabel.setObjectName(u"tagLabel")

        self.tagLayout.addWidget(self.tagLabel)

        self.tagFilter = QComboBox(TrainingLibrary)
        self.tagFilter.setObjectName(u"tagFilter")

        self.tagLayout.addWidget(self.tagFilter)

        self.tagLayout.setStretch(1, 1)

        self.listLayout.addLayout(self.tagLayout)

        self.scenarioList = QListWidget(TrainingLibrary)
        self.scenarioList.setObjectName(u"scenarioList")

        self.listLayout.addWidget(self.scenarioList)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.walkButton = QPushButton(TrainingLibrary)
        self.walkButton.setObjectName(u"walkButton")

        self.buttonLayout.addWidget(self.walkButton)

        self.quizButton = QPushButton(TrainingLibrary)
        self.quizButton.setObjectName(u"quizButton")

        self.buttonLayout.addWidget(self.quizButton)


        self.listLayout.addLayout(self.buttonLayout)


        self.pageLayout.addLayout(self.listLayout)

        self.preview = QTextBrowser(TrainingLibrary)
        self.preview.setObjectName(u"preview")

        self.pageLayout.addWidget(self.preview)

        self.pageLayout.setStretch(0, 2)
        self.pageLayout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.tagLabel.setBuddy(self.tagFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tagFilter, self.scenarioList)
        QWidget.setTabOrder(self.scenarioList, self.walkButton)
        QWidget.setTabOrder(self.walkButton, self.quizButton)
        QWidget.setTabOrder(self.quizButton, self.preview)

        self.retranslateUi(TrainingLibrary)

        QMetaObject.connectSlotsByName(TrainingLibrary)
    # setupUi

    def retranslateUi(self, TrainingLibrary):
        self.tagLabel.setText(QCoreApplication.translate("TrainingLibrary", u"&Tag:", None))
#if QT_CONFIG(accessibility)
        self.tagFilter.setAccessibleName(QCoreApplication.translate("TrainingLibrary", u"Filter scenarios by tag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scenarioList.setAccessibleName(QCoreApplication.translate("TrainingLibrary", u"Scenario library", None))
#endif // QT_CONFIG(accessibility)
        self.walkButton.setText(QCoreApplication.translate("TrainingLibrary", u"&Walk through", None))
        self.quizButton.setText(QCoreApplication.translate("TrainingLibrary", u"&Quiz on it", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("TrainingLibrary", u"Scenario preview", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

