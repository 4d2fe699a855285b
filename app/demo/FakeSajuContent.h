// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sajudesk {
namespace FakeSaju {

/// What the fake Saju API says: invented but deterministic (same input → same text).
const QStringList &stems();    ///< 갑 … 계
const QStringList &branches(); ///< 자 … 해

/// Stable across runs (qHash is seeded per process).
quint32 seedOf(const QString &text);
QByteArray compact(const QJsonObject &o);

/// One daily fortune's sections and narrative.
struct Fortune
{
    QJsonObject character, tendency, fortune;
    QString narrative;
};

Fortune makeFortune(int dayStem, const QString &userName, const QDate &date);
/// USD per call, as api-contract §2.5 lists (sonnet/gpt4o invented: the vendor page is cut).
double costOf(const QString &model);

} // namespace FakeSaju
} // namespace sajudesk
