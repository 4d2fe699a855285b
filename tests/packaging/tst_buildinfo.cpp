// SPDX-License-Identifier: GPL-3.0-or-later
// The build date shown by --version and About is the configured build epoch, not the time of compiling.
#include "core/BuildInfo.h"

#include <QDateTime>
#include <QTest>

class TstBuildInfo : public QObject
{
    Q_OBJECT
private slots:
    void epochIsTheConfiguredOne();
    void dateIsTheEpochInUtc();
};

void TstBuildInfo::epochIsTheConfiguredOne()
{
    QCOMPARE(sajudesk::buildinfo::buildEpoch(), qint64(SAJUDESK_EXPECTED_BUILD_EPOCH));
}

void TstBuildInfo::dateIsTheEpochInUtc()
{
    const QString expected =
        QDateTime::fromSecsSinceEpoch(SAJUDESK_EXPECTED_BUILD_EPOCH, Qt::UTC).date().toString(Qt::ISODate);
    QCOMPARE(sajudesk::buildinfo::buildDate(), expected);
    QVERIFY(sajudesk::buildinfo::versionLine().endsWith(QStringLiteral("built ") + expected + QLatin1Char(')')));
}

QTEST_GUILESS_MAIN(TstBuildInfo)
#include "tst_buildinfo.moc"
