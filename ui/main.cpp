// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "core/BuildInfo.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sajudesk::initCore();
    QApplication::setApplicationVersion(QString::fromLatin1(sajudesk::buildinfo::versionString));
    QApplication::setApplicationDisplayName(QStringLiteral("SajuDesk"));

    sajudesk::LanguageManager languages;
    languages.applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Four pillars, daily fortune and LLM chat."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    sajudesk::MainWindow window(&languages);
    window.show();
    return app.exec();
}
