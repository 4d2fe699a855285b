// SPDX-License-Identifier: GPL-3.0-or-later
// The real sajudesk-cli speaks the language of its locale or of --language, from the same catalogue
// as the GUI, and every command's --help names the command. Commands are read from the CLI's own
// command list, so a command added later is checked without touching this file.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

bool hasHangul(const QString &text)
{
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    return hangul.match(text).hasMatch();
}

} // namespace

class TstCliTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void languageFollowsLocaleAndOption_data();
    void languageFollowsLocaleAndOption();
    void unknownLanguageIsAUsageError();
    void everyCommandIsListedInKorean();
    void usageLineNamesTheCommand_data();
    void usageLineNamesTheCommand();
    void everyOptionIsTranslated_data();
    void everyOptionIsTranslated();
    void runtimeMessagesAreTranslated_data();
    void runtimeMessagesAreTranslated();
    void chartHeaderIsTranslated();

private:
    CliResult run(const QStringList &args, const QStringList &env);
    QStringList commands();

    QTemporaryDir m_home;
};

CliResult TstCliTranslations::run(const QStringList &args, const QStringList &env)
{
    QProcess process;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "QT_LOGGING_RULES"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("HOME"), m_home.path());
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    for (const QString &pair : env)
        e.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(e);
    process.start(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli"), args);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList TstCliTranslations::commands()
{
    // "Commands:" section of the English top-level help: "  name       summary".
    const CliResult help = run({QStringLiteral("--help")}, {QStringLiteral("LANG=C.UTF-8")});
    QStringList names;
    bool inCommands = false;
    static const QRegularExpression row(QStringLiteral("^  ([a-z][a-z-]*) +\\S"));
    for (const QString &line : help.out.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            break;
        names << m.captured(1);
    }
    return names;
}

void TstCliTranslations::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli")));
    const QStringList names = commands();
    QVERIFY2(names.size() >= 5, qPrintable(names.join(QLatin1Char(' '))));
    for (const char *known : {"chat", "fortune", "key", "models", "pillars"})
        QVERIFY2(names.contains(QLatin1String(known)), known);
}

void TstCliTranslations::languageFollowsLocaleAndOption_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("korean");
    const QStringList none;
    QTest::newRow("LANG=ko_KR.UTF-8") << QStringList{QStringLiteral("LANG=ko_KR.UTF-8")} << none << true;
    QTest::newRow("LC_ALL=ko_KR.UTF-8 over LANG=C")
        << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=ko_KR.UTF-8")} << none << true;
    QTest::newRow("LANGUAGE=ko:en") << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=ko:en")}
                                    << none << true;
    QTest::newRow("--language ko under LANG=C")
        << QStringList{QStringLiteral("LANG=C.UTF-8")}
        << QStringList{QStringLiteral("--language"), QStringLiteral("ko")} << true;
    QTest::newRow("--language=ko_KR under en_US")
        << QStringList{QStringLiteral("LANG=en_US.UTF-8")} << QStringList{QStringLiteral("--language=ko_KR")} << true;
    QTest::newRow("LANG=C.UTF-8") << QStringList{QStringLiteral("LANG=C.UTF-8")} << none << false;
    QTest::newRow("LANG=en_US.UTF-8") << QStringList{QStringLiteral("LANG=en_US.UTF-8")} << none << false;
    QTest::newRow("no locale at all") << none << none << false;
    QTest::newRow("LANG=de_DE.UTF-8 (not shipped)") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << none << false;
    QTest::newRow("--language en under LANG=ko_KR")
        << QStringList{QStringLiteral("LANG=ko_KR.UTF-8")}
        << QStringList{QStringLiteral("--language"), QStringLiteral("en")} << false;
}

void TstCliTranslations::languageFollowsLocaleAndOption()
{
    QFETCH(QStringList, env);
    QFETCH(QStringList, options);
    QFETCH(bool, korean);
    // Top-level help, a command's help (Qt's own "Usage:"/"Options:" too) and a runtime error.
    const CliResult top = run(options + QStringList{QStringLiteral("--help")}, env);
    QCOMPARE(top.exitCode, 0);
    const CliResult pillars = run(QStringList{QStringLiteral("pillars"), QStringLiteral("--help")} + options, env);
    QCOMPARE(pillars.exitCode, 0);
    const CliResult bad = run(options + QStringList{QStringLiteral("pillars"), QStringLiteral("1992-02-30")}, env);
    QCOMPARE(bad.exitCode, 1);
    if (korean) {
        QVERIFY2(top.out.contains(QStringLiteral("명령:")), qPrintable(top.out));
        QVERIFY2(pillars.out.startsWith(QStringLiteral("사용 방법: sajudesk-cli pillars")), qPrintable(pillars.out));
        QVERIFY2(pillars.out.contains(QStringLiteral("옵션:")), qPrintable(pillars.out));
        QVERIFY2(bad.err.contains(QStringLiteral("1번째 줄")) && bad.err.contains(QStringLiteral("없는 날짜")),
                 qPrintable(bad.err));
    } else {
        // English text may name Korean terms (만세력, 부산); the Korean headings must be absent.
        QVERIFY2(top.out.contains(QStringLiteral("Commands:")) && !top.out.contains(QStringLiteral("명령:")),
                 qPrintable(top.out));
        QVERIFY2(pillars.out.startsWith(QStringLiteral("Usage: sajudesk-cli pillars")), qPrintable(pillars.out));
        QVERIFY2(!hasHangul(pillars.out.section(QLatin1String("--city"), 0, 0)), qPrintable(pillars.out));
        QVERIFY2(bad.err.contains(QStringLiteral("line 1")) && bad.err.contains(QStringLiteral("does not exist")),
                 qPrintable(bad.err));
    }
    // Data for scripts stays the same in every language.
    const CliResult tsv =
        run(options + QStringList{QStringLiteral("pillars"), QStringLiteral("1992-08-26 05:40")}, env);
    QCOMPARE(tsv.exitCode, 0);
    QVERIFY2(tsv.out.startsWith(QStringLiteral("input\tyear\tmonth\tday\thour\thangul\tflags\n")), qPrintable(tsv.out));
}

void TstCliTranslations::unknownLanguageIsAUsageError()
{
    const CliResult r = run({QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--help")},
                            {QStringLiteral("LANG=C.UTF-8")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--language")), qPrintable(r.err));
    const CliResult missing =
        run({QStringLiteral("models"), QStringLiteral("--language")}, {QStringLiteral("LANG=C.UTF-8")});
    QCOMPARE(missing.exitCode, 2);
}

void TstCliTranslations::everyCommandIsListedInKorean()
{
    const CliResult help = run({QStringLiteral("--help")}, {QStringLiteral("LANG=ko_KR.UTF-8")});
    for (const QString &name : commands()) {
        static const QRegularExpression spaces(QStringLiteral(" +"));
        const qsizetype at = help.out.indexOf(QStringLiteral("\n  ") + name + QLatin1Char(' '));
        QVERIFY2(at >= 0, qPrintable(name));
        const QString line = help.out.mid(at + 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(hasHangul(line), qPrintable(QStringLiteral("summary of '%1' is not translated: %2").arg(name, line)));
    }
}

void TstCliTranslations::usageLineNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("language");
    for (const QString &name : commands()) {
        QTest::newRow(qPrintable(name + QLatin1String(" en"))) << name << QStringLiteral("en");
        QTest::newRow(qPrintable(name + QLatin1String(" ko"))) << name << QStringLiteral("ko");
    }
}

void TstCliTranslations::usageLineNamesTheCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, language);
    const CliResult r = run({QStringLiteral("--language"), language, command, QStringLiteral("--help")},
                            {QStringLiteral("LANG=C.UTF-8")});
    QCOMPARE(r.exitCode, 0);
    const QString first = r.out.section(QLatin1Char('\n'), 0, 0);
    const QString prefix = language == QLatin1String("ko") ? QStringLiteral("사용 방법: ") : QStringLiteral("Usage: ");
    QVERIFY2(first.startsWith(prefix + QStringLiteral("sajudesk-cli ") + command + QLatin1Char(' ')),
             qPrintable(first));
}

void TstCliTranslations::everyOptionIsTranslated_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &name : commands())
        QTest::newRow(qPrintable(name)) << name;
}

void TstCliTranslations::everyOptionIsTranslated()
{
    QFETCH(QString, command);
    const CliResult r = run({command, QStringLiteral("--help")}, {QStringLiteral("LANG=ko_KR.UTF-8")});
    QCOMPARE(r.exitCode, 0);
    // "  --name <value>   description" rows of the Options: and Arguments: sections.
    static const QRegularExpression row(QStringLiteral("^  (\\S.*?) {2,}(\\S.*)$"));
    QStringList untranslated;
    int rows = 0;
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        ++rows;
        if (!hasHangul(m.captured(2)))
            untranslated << line.trimmed();
    }
    QVERIFY2(rows >= 2, qPrintable(r.out));
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    // The description above the options, too.
    QVERIFY2(hasHangul(lines.value(1)), qPrintable(lines.value(1)));
}

void TstCliTranslations::runtimeMessagesAreTranslated_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("horoscope")} << 2
                                     << QStringLiteral("unknown command") << QStringLiteral("알 수 없는 명령");
    QTest::newRow("pillars --zi") << QStringList{QStringLiteral("pillars"), QStringLiteral("--zi=noon"),
                                                 QStringLiteral("1990-01-01")}
                                  << 2 << QStringLiteral("--zi must be") << QStringLiteral("--zi는");
    QTest::newRow("fortune without --birth")
        << QStringList{QStringLiteral("fortune"), QStringLiteral("--name"), QStringLiteral("이서준")} << 2
        << QStringLiteral("--birth is required") << QStringLiteral("--birth가 필요합니다");
    QTest::newRow("chat --temperature") << QStringList{QStringLiteral("chat"), QStringLiteral("--temperature"),
                                                       QStringLiteral("warm"), QStringLiteral("hi")}
                                        << 2 << QStringLiteral("needs a number") << QStringLiteral("숫자");
    QTest::newRow("models extra argument")
        << QStringList{QStringLiteral("models"), QStringLiteral("all")} << 2 << QStringLiteral("unexpected argument")
        << QStringLiteral("예상하지 못한 인수");
}

void TstCliTranslations::runtimeMessagesAreTranslated()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    const CliResult en = run(args, {QStringLiteral("LANG=C.UTF-8")});
    QCOMPARE(en.exitCode, exitCode);
    QVERIFY2(en.err.contains(english), qPrintable(en.err));
    const CliResult ko = run(args, {QStringLiteral("LANG=ko_KR.UTF-8")});
    QCOMPARE(ko.exitCode, exitCode);
    QVERIFY2(ko.err.contains(korean), qPrintable(ko.err));
}

// The chart's header line: the longitude and the 子-hour rule are words in Korean, not option values.
void TstCliTranslations::chartHeaderIsTranslated()
{
    const QStringList args{QStringLiteral("chart"), QStringLiteral("1992-08-26 05:40")};
    const CliResult en = run(args, {QStringLiteral("LANG=C.UTF-8")});
    QCOMPARE(en.exitCode, 0);
    const QString enHeader = en.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(enHeader.contains(QStringLiteral("126.978°E · 子 rule: split")), qPrintable(enHeader));
    const CliResult ko = run(args, {QStringLiteral("LANG=ko_KR.UTF-8")});
    QCOMPARE(ko.exitCode, 0);
    const QString koHeader = ko.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(koHeader.contains(QStringLiteral("동경 126.978° · 자시 규칙: 야자시/조자시 구분")), qPrintable(koHeader));
    QVERIFY2(!koHeader.contains(QStringLiteral("split")) && !koHeader.contains(QStringLiteral("°E")),
             qPrintable(koHeader));
}

QTEST_GUILESS_MAIN(TstCliTranslations)
#include "tst_cli_translations.moc"
