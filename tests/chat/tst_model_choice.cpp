// SPDX-License-Identifier: GPL-3.0-or-later
// The model picker's pure rules (ModelChoice): grouping by provider under "Recently used", the
// contains filter, the recent list, the check of a typed id, the first-run choice and why the list
// is missing; and the chat defaults / prompt presets kept in QSettings (ChatDefaults).
#include "chat/ChatDefaults.h"
#include "runyour/ModelChoice.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>

using namespace sajudesk;
using Row = ModelChoice::Row;

Q_DECLARE_METATYPE(ModelChoice::IdProblem)
Q_DECLARE_METATYPE(ModelChoice::ListState)

namespace {
QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

// "h:group" for a header, the id for a model: short enough to read a table row at a glance.
QStringList flatten(const QList<Row> &rows)
{
    QStringList out;
    for (const Row &row : rows)
        out << (row.kind == Row::Kind::Header
                    ? QStringLiteral("h:")
                          + (row.group == ModelChoice::RecentGroup ? QStringLiteral("recent") : row.group)
                    : row.id);
    return out;
}

const QStringList gatewayIds = {QStringLiteral("openai/gpt-5.2"), QStringLiteral("anthropic/claude-sonnet-4-6"),
                                QStringLiteral("openai/gpt-4.1"), QStringLiteral("llama3"),
                                QStringLiteral("gemini/gemini-3.5-flash")};
} // namespace

class TestModelChoice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void groupedRows_data();
    void groupedRows();
    void pushRecent_data();
    void pushRecent();
    void defaultModel_data();
    void defaultModel();
    void checkId_data();
    void checkId();
    void listState_data();
    void listState();
    void defaultsRoundTrip();
    void outOfRangeDefaultsAreIgnored();
    void presetsSaveReplaceRemove();
};

void TestModelChoice::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SajuDesk-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_model_choice"));
    QSettings().clear();
}

void TestModelChoice::groupedRows_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("recent");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("groups in order of first appearance, unprefixed last")
        << gatewayIds << QStringList() << QString()
        << L({"h:openai", "openai/gpt-5.2", "openai/gpt-4.1", "h:anthropic", "anthropic/claude-sonnet-4-6", "h:gemini",
              "gemini/gemini-3.5-flash", "h:", "llama3"});
    QTest::newRow("recently used on top, also in its group")
        << gatewayIds << L({"openai/gpt-4.1"}) << QString()
        << L({"h:recent", "openai/gpt-4.1", "h:openai", "openai/gpt-5.2", "openai/gpt-4.1", "h:anthropic",
              "anthropic/claude-sonnet-4-6", "h:gemini", "gemini/gemini-3.5-flash", "h:", "llama3"});
    QTest::newRow("a typed id not listed stays in recently used")
        << L({"openai/gpt-5.2"}) << L({"my/own-model"}) << QString()
        << L({"h:recent", "my/own-model", "h:openai", "openai/gpt-5.2"});
    QTest::newRow("filter: contains, any case, empty groups dropped")
        << gatewayIds << L({"anthropic/claude-sonnet-4-6"}) << QStringLiteral("GPT")
        << L({"h:openai", "openai/gpt-5.2", "openai/gpt-4.1"});
    QTest::newRow("filter matches the provider part too") << gatewayIds << QStringList() << QStringLiteral("anthropic/")
                                                          << L({"h:anthropic", "anthropic/claude-sonnet-4-6"});
    QTest::newRow("filter in the middle of a word")
        << gatewayIds << QStringList() << QStringLiteral("ama") << L({"h:", "llama3"});
    QTest::newRow("filter is trimmed") << gatewayIds << QStringList() << QStringLiteral("  flash ")
                                       << L({"h:gemini", "gemini/gemini-3.5-flash"});
    QTest::newRow("nothing matches") << gatewayIds << L({"openai/gpt-5.2"}) << QStringLiteral("xyz") << QStringList();
    QTest::newRow("empty list, no recent") << QStringList() << QStringList() << QString() << QStringList();
}

void TestModelChoice::groupedRows()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, recent);
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QCOMPARE(flatten(ModelChoice::groupedRows(ids, recent, filter)), expected);
}

void TestModelChoice::pushRecent_data()
{
    QTest::addColumn<QStringList>("recent");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first") << QStringList() << QStringLiteral("a/1") << L({"a/1"});
    QTest::newRow("moves to the front without a duplicate")
        << L({"a/1", "b/2", "c/3"}) << QStringLiteral("c/3") << L({"c/3", "a/1", "b/2"});
    QTest::newRow("at most five, the oldest goes")
        << L({"a/1", "b/2", "c/3", "d/4", "e/5"}) << QStringLiteral("f/6") << L({"f/6", "a/1", "b/2", "c/3", "d/4"});
    QTest::newRow("trimmed") << L({"a/1"}) << QStringLiteral(" b/2 ") << L({"b/2", "a/1"});
    QTest::newRow("blank id changes nothing") << L({"a/1"}) << QStringLiteral("  ") << L({"a/1"});
    QTest::newRow("a longer stored list is cut")
        << L({"1", "2", "3", "4", "5", "6", "7"}) << QStringLiteral("2") << L({"2", "1", "3", "4", "5"});
}

void TestModelChoice::pushRecent()
{
    QFETCH(QStringList, recent);
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    QCOMPARE(ModelChoice::pushRecent(recent, id), expected);
}

void TestModelChoice::defaultModel_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the gateway default when listed") << gatewayIds << QStringLiteral("openai/gpt-5.2");
    QTest::newRow("listed later still wins") << L({"x/1", "openai/gpt-5.2"}) << QStringLiteral("openai/gpt-5.2");
    QTest::newRow("else the first") << L({"llama3", "mistral"}) << QStringLiteral("llama3");
    QTest::newRow("case matters (ids are exact)") << L({"OpenAI/GPT-5.2", "b"}) << QStringLiteral("OpenAI/GPT-5.2");
    QTest::newRow("empty list") << QStringList() << QString();
}

void TestModelChoice::defaultModel()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, expected);
    QCOMPARE(ModelChoice::defaultModel(ids), expected);
}

void TestModelChoice::checkId_data()
{
    using P = ModelChoice::IdProblem;
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("gateway");
    QTest::addColumn<P>("expected");
    QTest::newRow("gateway: provider/model") << QStringLiteral("openai/gpt-5.2") << true << P::None;
    QTest::newRow("gateway: surrounding spaces are trimmed") << QStringLiteral(" openai/gpt-5.2 ") << true << P::None;
    QTest::newRow("gateway: no prefix") << QStringLiteral("gpt-5.2") << true << P::NoProviderPrefix;
    QTest::newRow("gateway: empty provider") << QStringLiteral("/gpt-5.2") << true << P::NoProviderPrefix;
    QTest::newRow("gateway: empty model") << QStringLiteral("openai/") << true << P::NoProviderPrefix;
    QTest::newRow("gateway: inner space") << QStringLiteral("openai/gpt 5") << true << P::Whitespace;
    QTest::newRow("gateway: Korean provider is still an id") << QStringLiteral("한국/모델") << true << P::None;
    QTest::newRow("custom URL: any id") << QStringLiteral("llama3") << false << P::None;
    QTest::newRow("custom URL: with a tag") << QStringLiteral("qwen2.5:7b") << false << P::None;
    QTest::newRow("custom URL: inner tab") << QStringLiteral("llama\t3") << false << P::Whitespace;
    QTest::newRow("empty") << QString() << false << P::Empty;
    QTest::newRow("blank") << QStringLiteral("   ") << true << P::Empty;
}

void TestModelChoice::checkId()
{
    QFETCH(QString, id);
    QFETCH(bool, gateway);
    QFETCH(ModelChoice::IdProblem, expected);
    QCOMPARE(ModelChoice::checkId(id, gateway), expected);
}

void TestModelChoice::listState_data()
{
    using S = ModelChoice::ListState;
    QTest::addColumn<bool>("hasKey");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<bool>("loading");
    QTest::addColumn<bool>("loaded");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<S>("expected");
    const int none = int(ApiError::Kind::None), http = int(ApiError::Kind::Http),
              network = int(ApiError::Kind::Network), timeout = int(ApiError::Kind::Timeout),
              tls = int(ApiError::Kind::Tls);
    QTest::newRow("no key beats everything")
        << false << true << true << true << 3 << http << 401 << QString() << S::NoKey;
    QTest::newRow("listed") << true << false << false << true << 3 << none << 0 << QString() << S::Ready;
    QTest::newRow("not asked yet") << true << false << false << false << 0 << none << 0 << QString() << S::Loading;
    QTest::newRow("loading") << true << false << true << false << 0 << none << 0 << QString() << S::Loading;
    QTest::newRow("401") << true << false << false << false << 0 << http << 401 << QStringLiteral("invalid_api_key")
                         << S::KeyRejected;
    QTest::newRow("key manager says rejected")
        << true << true << false << false << 0 << none << 0 << QString() << S::KeyRejected;
    QTest::newRow("rejected key code without status")
        << true << false << false << false << 0 << http << 400 << QStringLiteral("invalid_api_key") << S::KeyRejected;
    QTest::newRow("refused connection") << true << false << false << false << 0 << network << 0 << QString()
                                        << S::Offline;
    QTest::newRow("timeout") << true << false << false << false << 0 << timeout << 0 << QString() << S::Offline;
    QTest::newRow("retrying after a network error is loading")
        << true << false << true << false << 0 << network << 0 << QString() << S::Loading;
    QTest::newRow("server error") << true << false << false << false << 0 << http << 500
                                  << QStringLiteral("internal_error") << S::Failed;
    QTest::newRow("TLS is not offline") << true << false << false << false << 0 << tls << 0 << QString() << S::Failed;
    QTest::newRow("answered with no models")
        << true << false << false << true << 0 << none << 0 << QString() << S::Empty;
}

void TestModelChoice::listState()
{
    QFETCH(bool, hasKey);
    QFETCH(bool, rejected);
    QFETCH(bool, loading);
    QFETCH(bool, loaded);
    QFETCH(int, count);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(ModelChoice::ListState, expected);
    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.httpStatus = status;
    error.code = code;
    QCOMPARE(ModelChoice::listState(hasKey, rejected, loading, loaded, count, error), expected);
}

void TestModelChoice::defaultsRoundTrip()
{
    QSettings().clear();
    const ChatSettings fresh = ChatDefaults::load();
    QVERIFY(fresh.systemPrompt.isEmpty());
    QVERIFY(!fresh.temperature && !fresh.maxTokens);
    QVERIFY(fresh.stream);

    ChatSettings wanted;
    wanted.systemPrompt = QStringLiteral("한국어로 짧게 답하세요.\nBe brief.");
    wanted.temperature = 0.25;
    wanted.maxTokens = 512;
    wanted.stream = false;
    ChatDefaults::save(wanted);
    QCOMPARE(ChatDefaults::load(), wanted);

    // Back to "the provider's default": the keys go.
    wanted.temperature.reset();
    wanted.maxTokens.reset();
    ChatDefaults::save(wanted);
    QCOMPARE(ChatDefaults::load(), wanted);
    QVERIFY(!QSettings().contains(QStringLiteral("chat/defaults/temperature")));
}

void TestModelChoice::outOfRangeDefaultsAreIgnored()
{
    QSettings settings;
    settings.setValue(QStringLiteral("chat/defaults/temperature"), 7.5);
    settings.setValue(QStringLiteral("chat/defaults/maxTokens"), -3);
    settings.setValue(QStringLiteral("chat/defaults/stream"), QStringLiteral("false"));
    settings.sync();
    const ChatSettings loaded = ChatDefaults::load();
    QVERIFY(!loaded.temperature);
    QVERIFY(!loaded.maxTokens);
    QVERIFY(!loaded.stream);
}

void TestModelChoice::presetsSaveReplaceRemove()
{
    QSettings().clear();
    ChatDefaults::savePreset(QStringLiteral("번역가"), QStringLiteral("Translate into Korean."));
    ChatDefaults::savePreset(QStringLiteral("Coder"), QStringLiteral("Answer with code."));
    ChatDefaults::savePreset(QStringLiteral("  "), QStringLiteral("no name is ignored"));
    ChatDefaults::savePreset(QStringLiteral("empty"), QStringLiteral("   "));
    QList<ChatDefaults::PromptPreset> list = ChatDefaults::presets();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("Coder")); // sorted by name
    // The same name replaces the text.
    ChatDefaults::savePreset(QStringLiteral(" Coder "), QStringLiteral("Only code."));
    list = ChatDefaults::presets();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0), (ChatDefaults::PromptPreset{QStringLiteral("Coder"), QStringLiteral("Only code.")}));
    ChatDefaults::removePreset(QStringLiteral("Coder"));
    list = ChatDefaults::presets();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).name, QStringLiteral("번역가"));
}

QTEST_GUILESS_MAIN(TestModelChoice)
#include "tst_model_choice.moc"
