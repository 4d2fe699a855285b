// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/Cities.h"

namespace sajudesk::saju {

const QVector<City> &cities()
{
    // Longitudes of city halls (rounded to 0.001°, i.e. ±0.25 s of local mean time).
    static const QVector<City> list = {
        {QStringLiteral("서울"), QStringLiteral("Seoul"), kSeoulLongitude},
        {QStringLiteral("부산"), QStringLiteral("Busan"), 129.075},
        {QStringLiteral("인천"), QStringLiteral("Incheon"), 126.705},
        {QStringLiteral("대구"), QStringLiteral("Daegu"), 128.601},
        {QStringLiteral("대전"), QStringLiteral("Daejeon"), 127.385},
        {QStringLiteral("광주"), QStringLiteral("Gwangju"), 126.852},
        {QStringLiteral("울산"), QStringLiteral("Ulsan"), 129.311},
        {QStringLiteral("세종"), QStringLiteral("Sejong"), 127.289},
        {QStringLiteral("수원"), QStringLiteral("Suwon"), 127.029},
        {QStringLiteral("고양"), QStringLiteral("Goyang"), 126.832},
        {QStringLiteral("성남"), QStringLiteral("Seongnam"), 127.138},
        {QStringLiteral("용인"), QStringLiteral("Yongin"), 127.178},
        {QStringLiteral("춘천"), QStringLiteral("Chuncheon"), 127.730},
        {QStringLiteral("원주"), QStringLiteral("Wonju"), 127.920},
        {QStringLiteral("강릉"), QStringLiteral("Gangneung"), 128.876},
        {QStringLiteral("속초"), QStringLiteral("Sokcho"), 128.592},
        {QStringLiteral("청주"), QStringLiteral("Cheongju"), 127.489},
        {QStringLiteral("천안"), QStringLiteral("Cheonan"), 127.114},
        {QStringLiteral("전주"), QStringLiteral("Jeonju"), 127.148},
        {QStringLiteral("군산"), QStringLiteral("Gunsan"), 126.737},
        {QStringLiteral("목포"), QStringLiteral("Mokpo"), 126.392},
        {QStringLiteral("여수"), QStringLiteral("Yeosu"), 127.662},
        {QStringLiteral("순천"), QStringLiteral("Suncheon"), 127.487},
        {QStringLiteral("안동"), QStringLiteral("Andong"), 128.729},
        {QStringLiteral("포항"), QStringLiteral("Pohang"), 129.343},
        {QStringLiteral("경주"), QStringLiteral("Gyeongju"), 129.225},
        {QStringLiteral("창원"), QStringLiteral("Changwon"), 128.681},
        {QStringLiteral("김해"), QStringLiteral("Gimhae"), 128.889},
        {QStringLiteral("진주"), QStringLiteral("Jinju"), 128.108},
        {QStringLiteral("제주"), QStringLiteral("Jeju"), 126.531},
        {QStringLiteral("서귀포"), QStringLiteral("Seogwipo"), 126.560},
        {QStringLiteral("개성"), QStringLiteral("Kaesong"), 126.554},
        {QStringLiteral("평양"), QStringLiteral("Pyongyang"), 125.754},
    };
    return list;
}

std::optional<City> findCity(QStringView name)
{
    QStringView n = name.trimmed();
    for (const QStringView suffix : {QStringView(u"특별자치시"), QStringView(u"특별자치도"), QStringView(u"특별시"),
                                     QStringView(u"광역시"), QStringView(u"시")}) {
        if (n.size() > suffix.size() + 1 && n.endsWith(suffix)) {
            n.chop(suffix.size());
            break;
        }
    }
    for (const City &c : cities()) {
        if (n == c.nameKo || n.compare(c.nameEn, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

} // namespace sajudesk::saju
