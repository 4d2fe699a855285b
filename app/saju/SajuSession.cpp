// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/SajuSession.h"

#include "saju/SolarTerms.h"

#include <algorithm>

namespace sajudesk::saju {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

} // namespace

SajuSession::SajuSession(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_selectedYear = currentSajuYear();
    recompute();
}

SajuSession::~SajuSession() = default;

void SajuSession::setFields(const BirthFields &fields)
{
    if (fields == m_fields)
        return;
    const bool otherBirth = !fields.sameBirth(m_fields);
    const bool otherPerson = otherBirth || fields.name.trimmed() != m_fields.name.trimmed();
    m_fields = fields;
    recompute();
    emit fieldsChanged();
    if (otherBirth)
        emit chartChanged();
    if (otherPerson) {
        ++m_personSerial;
        emit personChanged();
    }
}

void SajuSession::setPerson(const QString &profileId, const BirthFields &fields)
{
    m_profileId = profileId;
    m_fields = fields;
    recompute();
    ++m_personSerial;
    emit fieldsChanged();
    emit chartChanged();
    emit personChanged();
}

void SajuSession::retranslate()
{
    recompute();
    emit fieldsChanged();
    emit chartChanged();
}

void SajuSession::setProfileId(const QString &id)
{
    m_profileId = id;
}

bool SajuSession::requestReady() const
{
    return m_chart.has_value() && !nameMissing(m_fields) && !m_check.hasError(BirthField::Name);
}

void SajuSession::setClock(std::function<QDateTime()> nowUtc)
{
    m_now = std::move(nowUtc);
    m_selectedYear = currentSajuYear();
    emit selectedYearChanged(m_selectedYear);
    emit chartChanged();
}

QDateTime SajuSession::now() const
{
    return m_now();
}

int SajuSession::currentSajuYear() const
{
    const QDateTime now = m_now().toUTC();
    const int year = std::clamp(now.date().year(), kFirstYear, kLastYear);
    // 立春 of `year` is jie (year − 1900)·12 + 1 (SolarTerms.h); before it the previous year runs.
    const int ipchun = (year - kFirstYear) * 12 + 1;
    if (ipchun < jieCount() && now.toSecsSinceEpoch() < jieUtc(ipchun))
        return std::max(kFirstYear, year - 1);
    return year;
}

int SajuSession::currentLuckIndex() const
{
    if (!m_chart || !m_chart->luck)
        return -1;
    return m_chart->luck->indexForYear(m_now().toUTC().date().year());
}

void SajuSession::setSelectedYear(int year)
{
    year = std::clamp(year, kFirstYear, kLastYear);
    if (year == m_selectedYear)
        return;
    m_selectedYear = year;
    emit selectedYearChanged(year);
}

QVector<LuckPeriod> SajuSession::annualLuck() const
{
    if (!m_chart)
        return {};
    const int from = std::max(kFirstYear, m_selectedYear - kAnnualSpan);
    const int to = std::min(kLastYear, m_selectedYear + kAnnualSpan);
    return m_chart->annualLuck(from, to);
}

QVector<LuckPeriod> SajuSession::monthlyLuck() const
{
    if (!m_chart)
        return {};
    return m_chart->monthlyLuck(m_selectedYear);
}

int SajuSession::currentMonthIndex() const
{
    if (!m_chart || m_selectedYear != currentSajuYear())
        return 0;
    const qint64 now = m_now().toSecsSinceEpoch();
    for (const LuckPeriod &p : m_chart->monthlyLuck(m_selectedYear)) {
        if (p.hasInstants && now >= p.startUtc && now < p.endUtc)
            return p.month;
    }
    return 0;
}

void SajuSession::recompute()
{
    m_check = checkBirthFields(m_fields);
    m_chart.reset();
    if (!m_check.input)
        return;
    ChartOptions options;
    options.gender = m_fields.gender;
    options.rounding = m_fields.rounding;
    Result<SajuChart> r = SajuChart::build(*m_check.input, options);
    if (r)
        m_chart = std::move(r.value());
    else
        m_check.errors.insert(fieldForError(r.error().code), r.error().message());
}

} // namespace sajudesk::saju
