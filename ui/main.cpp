// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"
#include "ChatPane.h"
#include "MainWindow.h"
#include "core/BuildInfo.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "saju/SajuPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QIcon>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimer>

#include <cstdio>

namespace {

// --screenshot-scenario: drives the window a little so screenshots show real content.
void runScenario(sajudesk::MainWindow &window, const QString &scenario)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("areaTabs"));
    if (scenario == QLatin1String("fortune") || scenario == QLatin1String("fortune-result")) {
        tabs->setCurrentIndex(1);
        window.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("이서준"));
        window.findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("1992-08-26"));
        window.findChild<QTimeEdit *>(QStringLiteral("birthTimeEdit"))->setTime(QTime(5, 40));
        if (scenario == QLatin1String("fortune-result"))
            window.findChild<QPushButton *>(QStringLiteral("getFortuneButton"))->click();
    } else if (scenario == QLatin1String("jie")) {
        tabs->setCurrentIndex(1);
        window.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Alex"));
        window.findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("2024-02-04"));
        window.findChild<QCheckBox *>(QStringLiteral("timeUnknownCheckBox"))->setChecked(true);
    } else if (scenario == QLatin1String("settings")) {
        window.openKeySettings();
    } else if (scenario == QLatin1String("chat")) {
        tabs->setCurrentIndex(0);
        window.chatPane()->newConversation();
        window.findChild<QPlainTextEdit *>(QStringLiteral("chatInput"))
            ->setPlainText(QStringLiteral("사주팔자에서 일간이 뭔가요? 짧게 설명해 주세요."));
        QTimer::singleShot(700, &window, [&window] { window.chatPane()->send(); });
    }
}

// `sajudesk --help` / `--version` must work in a terminal without a display (ssh, CI), where
// QApplication would otherwise abort while loading the xcb platform plugin.
void allowHelpWithoutDisplay(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    allowHelpWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    sajudesk::initCore();
    QApplication::setApplicationVersion(QString::fromLatin1(sajudesk::buildinfo::versionString));
    QApplication::setApplicationDisplayName(QStringLiteral("SajuDesk"));
    // Matches resources/desktop/io.github.sajudesk.sajudesk.desktop (Wayland app id, taskbar icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sajudesk.sajudesk"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128})
        icon.addFile(QStringLiteral(":/icons/sajudesk-%1.png").arg(size), QSize(size, size));
    icon.addFile(QStringLiteral(":/icons/sajudesk.png"), QSize(256, 256));
    QApplication::setWindowIcon(icon);

    sajudesk::LanguageManager languages;
    languages.applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Four pillars, daily fortune and LLM chat."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start in demo mode: a built-in local server answers, no API keys needed."));
    const QCommandLineOption runYourUrlOption(QStringLiteral("runyour-url"),
                                              QApplication::translate("main", "RunYour AI base URL (default %1).")
                                                  .arg(QStringLiteral("https://api.runyour.ai/v1")),
                                              QStringLiteral("url"));
    const QCommandLineOption sajuUrlOption(QStringLiteral("saju-url"),
                                           QApplication::translate("main", "Saju API base URL (default %1).")
                                               .arg(QStringLiteral("https://api.sajuapi.dev")),
                                           QStringLiteral("url"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "User interface language (ko or en); the choice is remembered."),
        QStringLiteral("code"));
    // Hidden helpers for screenshots in docs and reviews.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save a window grab and quit."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotDelayOption(QStringLiteral("screenshot-delay"),
                                             QStringLiteral("Milliseconds before the grab."), QStringLiteral("ms"),
                                             QStringLiteral("2500"));
    screenshotDelayOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption scenarioOption(QStringLiteral("screenshot-scenario"),
                                      QStringLiteral("chat, fortune, fortune-result, jie or settings."),
                                      QStringLiteral("name"));
    scenarioOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption sizeOption(QStringLiteral("window-size"), QStringLiteral("WIDTHxHEIGHT."),
                                  QStringLiteral("size"));
    sizeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, runYourUrlOption, sajuUrlOption, languageOption, screenshotOption,
                       screenshotDelayOption, scenarioOption, sizeOption});
    parser.process(app);

    if (parser.isSet(languageOption))
        languages.setLanguage(parser.value(languageOption));

    sajudesk::AppOptions options;
    options.demo = parser.isSet(demoOption);
    options.runYourUrl = parser.value(runYourUrlOption);
    options.sajuUrl = parser.value(sajuUrlOption);
    sajudesk::AppServices services(options);
    services.start();

    sajudesk::MainWindow window(&languages, &services);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    window.show();

    if (parser.isSet(scenarioOption)) {
        const QString scenario = parser.value(scenarioOption);
        QTimer::singleShot(600, &window, [&window, scenario] { runScenario(window, scenario); });
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(parser.value(screenshotDelayOption).toInt(), &window, [&window, file] {
            const bool ok = window.grab().save(file);
            std::fprintf(stderr, "screenshot %s: %s\n", ok ? "saved" : "FAILED", qPrintable(file));
            window.close();
        });
    }
    return app.exec();
}
