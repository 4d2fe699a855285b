// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <optional>

// Built-in birthplaces for the local-mean-time correction (longitude of each city hall, °E).
//   if (auto c = findCity(u"부산")) input.longitude = c->longitude;
namespace sajudesk::saju {

/// Default birthplace longitude: Seoul, 126.978°E (reference-data default, RULES.md §2.4).
inline constexpr double kSeoulLongitude = 126.978;

struct City
{
    QString nameKo; ///< "서울"
    QString nameEn; ///< "Seoul"
    double longitude = kSeoulLongitude;
};

/// All built-in cities, Seoul first.
const QVector<City> &cities();
/// Looks a city up by its Korean name or its English name (case-insensitive); also accepts
/// the Korean name followed by 시/특별시/광역시/특별자치시 ("부산광역시").
std::optional<City> findCity(QStringView name);

} // namespace sajudesk::saju
