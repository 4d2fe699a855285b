// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation list: pinned first then newest activity, sections against an injected "now"
// in the clock's own calendar, and an update moves only its row (no reset, no other row touched).
#include "ChatTestData.h"
#include "chat/ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace sajudesk;
using namespace sajudesk::test;
using Group = ConversationListModel::Group;

class TestConversationListModel : public QObject
{
    Q_OBJECT
private slots:
    void groups_data();
    void groups();
    void groupNamesAreDistinct();
    void orderIsPinnedThenActivity();
    void activityMovesOnlyThatRow();
    void renameChangesDataWithoutMoving();
    void pinMovesToTopAndGroupsAsPinned();
    void randomUpdatesKeepOrder();
    void refreshGroupsAtMidnight();
    void editRequestsRenameButNeverWrites();
};

void TestConversationListModel::groups_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("activity");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<int>("group");
    const QDateTime now = utc("2026-11-29T15:00:00Z");
    QTest::newRow("same day, earlier") << now << utc("2026-11-29T00:00:00Z") << false << int(Group::Today);
    QTest::newRow("a minute ago") << now << now.addSecs(-60) << false << int(Group::Today);
    QTest::newRow("clock ahead when written") << now << now.addDays(2) << false << int(Group::Today);
    QTest::newRow("yesterday late") << now << utc("2026-11-28T23:59:59Z") << false << int(Group::Yesterday);
    QTest::newRow("yesterday early") << now << utc("2026-11-28T00:00:00Z") << false << int(Group::Yesterday);
    QTest::newRow("two days") << now << utc("2026-11-27T12:00:00Z") << false << int(Group::Last7Days);
    QTest::newRow("six days") << now << utc("2026-11-23T00:00:00Z") << false << int(Group::Last7Days);
    QTest::newRow("seven days") << now << utc("2026-11-22T23:59:59Z") << false << int(Group::Older);
    QTest::newRow("last year") << now << utc("2025-11-29T15:00:00Z") << false << int(Group::Older);
    QTest::newRow("no time") << now << QDateTime() << false << int(Group::Older);
    QTest::newRow("pinned old") << now << utc("2020-01-01T00:00:00Z") << true << int(Group::Pinned);
    QTest::newRow("pinned today") << now << now << true << int(Group::Pinned);
    // 08:00 KST on the 29th is 23:00 UTC on the 28th; 23:00 KST on the 28th is 14:00 UTC the 28th.
    // In Seoul that is yesterday; on a UTC clock both are the 28th.
    const QDateTime seoulNow = utc("2026-11-28T23:00:00Z").toOffsetFromUtc(9 * 3600);
    QTest::newRow("calendar of the clock: Seoul")
        << seoulNow << utc("2026-11-28T14:00:00Z") << false << int(Group::Yesterday);
    QTest::newRow("calendar of the clock: UTC")
        << seoulNow.toUTC() << utc("2026-11-28T14:00:00Z") << false << int(Group::Today);
    // Chile moves its clocks from 00:00 to 01:00 on 6 September 2026: that day begins at 01:00.
    const QTimeZone santiago("America/Santiago");
    if (santiago.isValid()) {
        const QDateTime chileNow(QDate(2026, 9, 7), QTime(12, 0), santiago);
        QTest::newRow("day that starts at 01:00 (DST), its first minute")
            << chileNow << QDateTime(QDate(2026, 9, 6), QTime(1, 0), santiago) << false << int(Group::Yesterday);
        QTest::newRow("day that starts at 01:00 (DST), a minute before it")
            << chileNow << QDateTime(QDate(2026, 9, 5), QTime(23, 59), santiago) << false << int(Group::Last7Days);
    }
}

void TestConversationListModel::groups()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, activity);
    QFETCH(bool, pinned);
    QFETCH(int, group);
    QCOMPARE(int(ConversationListModel::groupFor(activity, pinned, now)), group);

    ConversationListModel model;
    model.setClock([now] { return now; });
    model.reset({summary(QStringLiteral("a"), activity, pinned)});
    QCOMPARE(model.index(0).data(ConversationListModel::GroupRole).toInt(), group);
}

void TestConversationListModel::groupNamesAreDistinct()
{
    QStringList names;
    for (Group g : {Group::Pinned, Group::Today, Group::Yesterday, Group::Last7Days, Group::Older})
        names.append(ConversationListModel::groupName(g));
    names.removeDuplicates();
    QCOMPARE(names.size(), 5);
}

void TestConversationListModel::orderIsPinnedThenActivity()
{
    const QDateTime t = utc("2026-11-29T12:00:00Z");
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({summary(QStringLiteral("old"), t.addDays(-30)), summary(QStringLiteral("new"), t),
                 summary(QStringLiteral("pinned-old"), t.addDays(-90), true),
                 summary(QStringLiteral("mid"), t.addDays(-1)),
                 summary(QStringLiteral("pinned-new"), t.addSecs(-5), true),
                 summary(QStringLiteral("tie-b"), t.addDays(-2)), summary(QStringLiteral("tie-a"), t.addDays(-2))});
    QCOMPARE(model.ids(), (QStringList{QStringLiteral("pinned-new"), QStringLiteral("pinned-old"),
                                       QStringLiteral("new"), QStringLiteral("mid"), QStringLiteral("tie-a"),
                                       QStringLiteral("tie-b"), QStringLiteral("old")}));
    QCOMPARE(model.rowOf(QStringLiteral("mid")), 3);
    QCOMPARE(model.rowOf(QStringLiteral("absent")), -1);
}

void TestConversationListModel::activityMovesOnlyThatRow()
{
    const QDateTime t = utc("2026-11-29T12:00:00Z");
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ConversationSummary> list;
    for (int i = 0; i < 10; ++i)
        list.append(summary(QStringLiteral("c%1").arg(i), t.addSecs(-i * 60)));
    model.reset(list);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    ConversationSummary s = model.summary(QStringLiteral("c7"));
    s.updatedAt = t.addSecs(30); // new activity: to the top
    model.upsert(s);
    QCOMPARE(model.ids().first(), QStringLiteral("c7"));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), 7); // source start
    QCOMPARE(moved.at(0).at(4).toInt(), 0); // destination
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(reset.size() + inserted.size() + removed.size(), 0);

    // Downwards: c0 gets an older time than c5 but newer than c6.
    s = model.summary(QStringLiteral("c0"));
    s.updatedAt = t.addSecs(-5 * 60 - 30);
    model.upsert(s);
    QCOMPARE(model.ids(),
             (QStringList{QStringLiteral("c7"), QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                          QStringLiteral("c4"), QStringLiteral("c5"), QStringLiteral("c0"), QStringLiteral("c6"),
                          QStringLiteral("c8"), QStringLiteral("c9")}));
    QCOMPARE(moved.size(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestConversationListModel::renameChangesDataWithoutMoving()
{
    const QDateTime t = utc("2026-11-29T12:00:00Z");
    ConversationListModel model;
    model.reset({summary(QStringLiteral("a"), t), summary(QStringLiteral("b"), t.addSecs(-1))});
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ConversationSummary s = model.summary(QStringLiteral("b"));
    s.title = s.displayTitle = QStringLiteral("여행 계획");
    model.upsert(s);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1).data(ConversationListModel::TitleRole).toString(), QStringLiteral("여행 계획"));
    QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), QStringLiteral("여행 계획"));
    QCOMPARE(model.index(1).data(ConversationListModel::StoredTitleRole).toString(), QStringLiteral("여행 계획"));
}

void TestConversationListModel::pinMovesToTopAndGroupsAsPinned()
{
    const QDateTime t = utc("2026-11-29T12:00:00Z");
    ConversationListModel model;
    model.setClock([t] { return t; });
    model.reset({summary(QStringLiteral("a"), t), summary(QStringLiteral("b"), t.addDays(-40))});
    QCOMPARE(model.index(1).data(ConversationListModel::GroupRole).toInt(), int(Group::Older));
    ConversationSummary s = model.summary(QStringLiteral("b"));
    s.pinned = true;
    model.upsert(s);
    QCOMPARE(model.ids().first(), QStringLiteral("b"));
    QCOMPARE(model.index(0).data(ConversationListModel::GroupRole).toInt(), int(Group::Pinned));
    QCOMPARE(model.index(0).data(ConversationListModel::PinnedRole).toBool(), true);
    QCOMPARE(model.index(1).data(ConversationListModel::GroupRole).toInt(), int(Group::Today));
}

void TestConversationListModel::randomUpdatesKeepOrder()
{
    // Against a plain sort after every operation: inserts, moves both ways, pins, removes.
    const QDateTime t = utc("2026-11-29T12:00:00Z");
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(20261129);
    QHash<QString, ConversationSummary> truth;
    for (int step = 0; step < 600; ++step) {
        const QString id = QStringLiteral("c%1").arg(random.bounded(40));
        if (random.bounded(8) == 0) {
            model.remove(id);
            truth.remove(id);
        } else {
            ConversationSummary s = summary(id, t.addSecs(random.bounded(200) * 60), random.bounded(6) == 0);
            model.upsert(s);
            truth.insert(id, s);
        }
        QList<ConversationSummary> expected = truth.values();
        std::sort(expected.begin(), expected.end(), ConversationListModel::lessThan);
        QStringList expectedIds;
        for (const ConversationSummary &s : expected)
            expectedIds.append(s.id);
        QCOMPARE(model.ids(), expectedIds);
    }
}

void TestConversationListModel::refreshGroupsAtMidnight()
{
    QDateTime now = utc("2026-11-29T23:59:00Z");
    ConversationListModel model;
    model.setClock([&now] { return now; });
    model.reset({summary(QStringLiteral("a"), utc("2026-11-29T10:00:00Z")),
                 summary(QStringLiteral("b"), utc("2026-11-20T10:00:00Z"))});
    QCOMPARE(model.index(0).data(ConversationListModel::GroupRole).toInt(), int(Group::Today));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now = utc("2026-11-30T00:01:00Z");
    model.refreshGroups();
    QCOMPARE(model.index(0).data(ConversationListModel::GroupRole).toInt(), int(Group::Yesterday));
    QCOMPARE(changed.size(), 1); // "b" stays Older: no signal for it
}

void TestConversationListModel::editRequestsRenameButNeverWrites()
{
    ConversationListModel model;
    ConversationSummary locked = summary(QStringLiteral("locked"), utc("2026-11-29T10:00:00Z"));
    locked.readOnly = true;
    model.reset({summary(QStringLiteral("a"), utc("2026-11-29T12:00:00Z")), locked});
    QSignalSpy requested(&model, &ConversationListModel::renameRequested);
    QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(0), QStringLiteral("새 제목")));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("a"));
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("새 제목"));
    QCOMPARE(model.index(0).data(ConversationListModel::StoredTitleRole).toString(), QString());
    QVERIFY(!model.flags(model.index(1)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(1), QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversation_list_model.moc"
