// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/AnnualLuck.h"
#include "saju/BirthFields.h"
#include "saju/SajuChart.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace sajudesk::saju {

/// The state of the saju pane, without widgets: who is shown (saved profile id, or none for a
/// new person), the birth form's values, their check, the chart computed from them, and which
/// year of the 세운 row is open (its 월운 are shown). Views read it and write the fields back;
/// every change recomputes the chart at once (the engine needs microseconds).
///
///   SajuSession s;
///   s.setPerson(profile.id, fields);        // personChanged: results for the old person go
///   BirthFields f = s.fields(); f.hour = 6; s.setFields(f);   // chartChanged (+ personChanged)
///   if (const SajuChart *c = s.chart()) show(*c);  else showErrors(s.check().errors);
///   s.setSelectedYear(2027);                // 세운 row centred on 2027, its 월운 shown
class SajuSession : public QObject
{
    Q_OBJECT
public:
    /// Years shown on each side of the selected year in the 세운 row.
    static constexpr int kAnnualSpan = 5;

    explicit SajuSession(QObject *parent = nullptr);
    ~SajuSession() override;

    const BirthFields &fields() const { return m_fields; }
    /// The form changed. Emits fieldsChanged, then chartChanged when the chart or its errors
    /// changed, then personChanged when the birth data or the name changed.
    void setFields(const BirthFields &fields);
    /// Switch to another person: a saved profile (its id) or a new, unsaved one (empty id).
    void setPerson(const QString &profileId, const BirthFields &fields);
    QString profileId() const { return m_profileId; }
    /// The person now shown was saved under `id` (no personChanged: same person, same data).
    void setProfileId(const QString &id);
    /// Increases whenever personChanged is emitted: a result tagged with an older value
    /// belongs to someone else.
    quint64 personSerial() const { return m_personSerial; }

    /// Recomputes after a language change (the messages are translated when made); emits
    /// fieldsChanged and chartChanged, not personChanged.
    void retranslate();

    /// Field errors (the engine's included) and the 윤달 rule for the current fields.
    const BirthCheck &check() const { return m_check; }
    /// The chart, or nullptr while the fields cannot be computed.
    const SajuChart *chart() const { return m_chart ? &*m_chart : nullptr; }
    /// A fortune can be asked for: the chart is there and the person has a (valid) name.
    bool requestReady() const;

    /// Clock used for "now" (the current 대운, 세운 and 월운); tests fix it.
    void setClock(std::function<QDateTime()> nowUtc);
    QDateTime now() const;
    /// The saju year (from 立春) now is in.
    int currentSajuYear() const;
    /// Index of the 대운 in force in the current calendar year, -1 before the first or without 대운.
    int currentLuckIndex() const;

    /// The 세운 year whose 월운 are shown (the current saju year until one is chosen).
    int selectedYear() const { return m_selectedYear; }
    void setSelectedYear(int year);
    /// 세운 of selectedYear() ± kAnnualSpan (clamped to 1900–2100), empty without a chart.
    QVector<LuckPeriod> annualLuck() const;
    /// The twelve 월운 of selectedYear(), empty without a chart.
    QVector<LuckPeriod> monthlyLuck() const;
    /// The 월운 period (1..12) now is in when selectedYear() is the current saju year, else 0.
    int currentMonthIndex() const;

signals:
    void fieldsChanged();
    void chartChanged();
    /// Another person or other birth data: whatever was shown for the old one no longer applies.
    void personChanged();
    void selectedYearChanged(int year);

private:
    void recompute();

    BirthFields m_fields;
    QString m_profileId;
    BirthCheck m_check;
    std::optional<SajuChart> m_chart;
    std::function<QDateTime()> m_now;
    int m_selectedYear = 0;
    quint64 m_personSerial = 0;
};

} // namespace sajudesk::saju
