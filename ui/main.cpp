// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "ThemeColors.h"
#include "bench/BenchMode.h"
#include "bench/BenchProbe.h"
#include "chat/ChatPane.h"
#include "core/BuildInfo.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "core/Logging.h"
#include "core/QuitSignals.h"
#include "core/SingleInstance.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
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

// --report-state FILE (tests): what the chat shows after start-up, as the app has it in memory,
// so a test can check that a conversation saved mid-answer is loaded and displayed.
void writeStateReport(sajudesk::MainWindow &window, const QString &file)
{
    const sajudesk::Conversation conversation = window.chatPane()->currentConversation();
    QJsonArray states;
    for (const sajudesk::ChatMessage &message : conversation.messages)
        states.append(sajudesk::ChatMessage::stateName(message.state));
    const QJsonObject report{{QStringLiteral("conversationCount"), window.chatPane()->conversationCount()},
                             {QStringLiteral("current"), conversation.toJson()},
                             {QStringLiteral("states"), states},
                             {QStringLiteral("transcript"), window.chatPane()->transcriptText()}};
    QFile out(file);
    if (out.open(QIODevice::WriteOnly))
        out.write(QJsonDocument(report).toJson());
}

} // namespace

int main(int argc, char *argv[])
{
    sajudesk::bench::startTiming();
    allowHelpWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    // Before anything logs; the option is declared to the parser below for --help.
    sajudesk::applyLoggingDefaults(QCoreApplication::arguments().contains(QStringLiteral("--verbose")));
    sajudesk::initCore();
    QApplication::setApplicationVersion(QString::fromLatin1(sajudesk::buildinfo::versionString));
    QApplication::setApplicationDisplayName(QStringLiteral("SajuDesk"));
    // Matches resources/desktop/io.github.sajudesk.sajudesk.desktop (Wayland app id, taskbar icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sajudesk.sajudesk"));
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
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QApplication::translate("main", "Log each network request and other details on standard error."));
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
    QCommandLineOption reportOption(QStringLiteral("report-state"),
                                    QStringLiteral("Write what the chat shows after start-up to a JSON file."),
                                    QStringLiteral("file"));
    reportOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption paletteOption(QStringLiteral("palette"), QStringLiteral("dark: Fusion with a dark palette."),
                                     QStringLiteral("name"));
    paletteOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, runYourUrlOption, sajuUrlOption, languageOption, verboseOption, screenshotOption,
                       screenshotDelayOption, scenarioOption, sizeOption, reportOption, paletteOption});
    sajudesk::bench::addBenchOptions(parser);
    parser.process(app);

    // One instance per data folder (demo mode included: it shares the folder). A later launch
    // hands its arguments to the running one and ends here, before it writes anything.
    sajudesk::SingleInstance instance(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    switch (instance.start(QApplication::arguments().mid(1))) {
    case sajudesk::SingleInstance::Role::Primary:
        break;
    case sajudesk::SingleInstance::Role::Secondary:
        return 0;
    case sajudesk::SingleInstance::Role::Unresponsive:
        std::fprintf(stderr, "sajudesk: %s\n", qPrintable(instance.errorString()));
        QMessageBox::critical(nullptr, QStringLiteral("SajuDesk"), instance.errorString());
        return 1;
    case sajudesk::SingleInstance::Role::Unguarded:
        std::fprintf(stderr, "sajudesk: %s\n", qPrintable(instance.errorString()));
        break;
    }

    if (parser.value(paletteOption) == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(sajudesk::theme::darkPalette());
    }
    if (parser.isSet(languageOption))
        languages.setLanguage(parser.value(languageOption));

    sajudesk::AppOptions options;
    options.demo = parser.isSet(demoOption);
    options.runYourUrl = parser.value(runYourUrlOption);
    options.sajuUrl = parser.value(sajuUrlOption);
    sajudesk::AppServices services(options);
    // Nothing but the window before its first frame: keychain and model list come right after it.
    services.start(sajudesk::AppServices::KeychainStart::AfterFirstPaint);

    // Muted labels, links and selections readable on whatever palette the desktop or --palette gave.
    sajudesk::theme::installReadablePalette(&app);
    sajudesk::MainWindow window(&languages, &services);
    services.startAfterFirstPaint(&window);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2) {
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
            // A size as large as the screen (screenshots) must not keep the centred position of the default.
            const QRect available = window.screen()->availableGeometry();
            if (!available.contains(window.geometry()))
                window.move(available.topLeft());
        }
    }
    if (const sajudesk::bench::BenchOptions bench = sajudesk::bench::benchOptions(parser); bench.any())
        new sajudesk::bench::BenchMode(&window, bench);
    // The icon waits for the first frame: Qt 6.4 decodes every PNG given to QIcon::addFile at
    // once, and the seven sizes were 13 M instructions (a tenth of start-up) the frame does not need.
    new sajudesk::FirstPaintWatcher(&window, [] {
        QTimer::singleShot(0, qApp, [] {
            QIcon icon;
            for (int size : {16, 24, 32, 48, 64, 128})
                icon.addFile(QStringLiteral(":/icons/sajudesk-%1.png").arg(size), QSize(size, size));
            icon.addFile(QStringLiteral(":/icons/sajudesk.png"), QSize(256, 256));
            QApplication::setWindowIcon(icon);
        });
    });
    window.show();

    // Logout, `kill` or Ctrl+C: save what is pending (the answer streaming now is kept, marked
    // stopped) and quit, instead of dying between two autosaves.
    sajudesk::QuitSignals quitSignals;
    QObject::connect(&quitSignals, &sajudesk::QuitSignals::quitRequested, &window, [&window] {
        window.chatPane()->prepareToQuit();
        QCoreApplication::quit();
    });
    QObject::connect(&instance, &sajudesk::SingleInstance::activated, &window, [&](const QStringList &arguments) {
        QCommandLineParser later;
        later.addOptions({demoOption, runYourUrlOption, sajuUrlOption, languageOption});
        later.parse(QStringList{QApplication::applicationFilePath()} + arguments);
        if (later.isSet(languageOption))
            languages.setLanguage(later.value(languageOption));
        if (later.isSet(demoOption))
            window.startDemoMode();
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();
        window.raise();
        window.activateWindow();
    });
    if (parser.isSet(reportOption)) {
        const QString file = parser.value(reportOption);
        QTimer::singleShot(0, &window, [&window, file] { writeStateReport(window, file); });
    }
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
