// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/FortuneView.h"

#include "AppServices.h"
#include "KeyNotice.h"
#include "ThemeColors.h"
#include "errors/RetryBanner.h"
#include "keys/KeyManager.h"
#include "saju/ElementStyle.h"
#include "saju/SajuFormat.h"
#include "sajuapi/FortuneSession.h"
#include "sajuapi/FortuneText.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sajudesk {

namespace {

const char *const kSections[] = {"character", "tendency", "fortune"};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Score 0–100 as a small bar of blocks, readable in any font.
QString scoreBar(int score)
{
    const int filled = std::clamp((score + 5) / 10, 0, 10);
    return QString(filled, QChar(0x25A0)) + QString(10 - filled, QChar(0x25A1));
}

// Text of one value the service sent, in the UI language: elements and yin/yang translated
// (FortuneText), objects by their text-ish field with its emoji, an object holding only an element
// as that element's name.
QString textOf(const QString &key, const QJsonValue &value)
{
    if (value.isString() || value.isDouble() || value.isBool())
        return FortuneText::valueText(key, value);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const char *field : {"text", "title", "action", "description", "content", "item", "trait"}) {
            if (o.value(QLatin1String(field)).isString()) {
                QString text = o.value(QLatin1String(field)).toString();
                if (o.value(QStringLiteral("emoji")).isString())
                    text.prepend(o.value(QStringLiteral("emoji")).toString() + QLatin1Char(' '));
                return text;
            }
        }
        if (o.value(QStringLiteral("element")).isString())
            return FortuneText::elementName(o.value(QStringLiteral("element")).toString());
    }
    return QString();
}

} // namespace

FortuneView::FortuneView(FortuneSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_notice(new KeyNotice(QStringLiteral("fortune"), this))
    , m_retryBanner(new RetryBanner(QStringLiteral("fortune"), this))
    , m_busy(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_cachedLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
    , m_narrative(new QTextBrowser(this))
    , m_meta(new QLabel(this))
{
    setObjectName(QStringLiteral("fortuneView"));
    m_busy->setObjectName(QStringLiteral("fortuneBusyIndicator"));
    m_statusLabel->setObjectName(QStringLiteral("fortuneStatusLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyResultsLabel"));
    m_narrative->setObjectName(QStringLiteral("narrativeTextBrowser"));
    m_cachedLabel->setObjectName(QStringLiteral("fortuneCachedLabel"));
    m_refreshButton->setObjectName(QStringLiteral("refreshFortuneButton"));
    m_cachedLabel->setWordWrap(true);
    m_cachedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setObjectName(QStringLiteral("fortuneMetaLabel"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_narrative->setMinimumHeight(80);
    m_narrative->hide();
    QFont small = m_meta->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_meta->setFont(small);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *host = new QWidget(this);
    auto *cards = new QVBoxLayout(host);
    cards->addWidget(m_emptyLabel);
    auto *cachedRow = new QHBoxLayout;
    cachedRow->addWidget(m_cachedLabel, 1);
    cachedRow->addWidget(m_refreshButton);
    cards->addLayout(cachedRow);
    const char *cardNames[] = {"characterCard", "tendencyCard", "fortuneCard", "extrasCard"};
    const char *bodyNames[] = {"characterCardLabel", "tendencyCardLabel", "fortuneCardLabel", "extrasCardLabel"};
    for (int i = 0; i < 4; ++i) {
        m_cards[i] = new QGroupBox(host);
        m_cards[i]->setObjectName(QLatin1String(cardNames[i]));
        m_cardBodies[i] = new QLabel(m_cards[i]);
        m_cardBodies[i]->setObjectName(QLatin1String(bodyNames[i]));
        m_cardBodies[i]->setWordWrap(true);
        m_cardBodies[i]->setTextFormat(Qt::RichText);
        m_cardBodies[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_cardBodies[i]->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto *cardLayout = new QVBoxLayout(m_cards[i]);
        cardLayout->addWidget(m_cardBodies[i]);
        cards->addWidget(m_cards[i]);
        m_cards[i]->hide();
    }
    cards->addWidget(m_narrative);
    cards->addWidget(m_meta);
    cards->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fortuneResultsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(host);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);
    layout->addWidget(m_retryBanner);
    layout->addWidget(m_statusLabel);
    layout->addWidget(scroll, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &FortuneView::refreshRequested);
    connect(m_notice, &KeyNotice::openKeysRequested, this, &FortuneView::openKeysRequested);
    connect(m_notice, &KeyNotice::tryDemoRequested, this, &FortuneView::tryDemoRequested);
    connect(m_retryBanner, &RetryBanner::retryNowRequested, m_session, &FortuneSession::retryNow);
    connect(m_retryBanner, &RetryBanner::cancelRequested, m_session, &FortuneSession::cancel);
    connect(m_session, &FortuneSession::retryScheduled, this, [this](int attempt, qint64 delayMs, const ApiError &e) {
        m_retryBanner->showCountdown(attempt, m_session->maxAttempts(), delayMs, e);
    });
    connect(m_session, &FortuneSession::retryCleared, m_retryBanner, &RetryBanner::hideBanner);
    connect(m_session, &FortuneSession::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        refresh();
    });
    connect(m_session, &FortuneSession::notice, this, &FortuneView::showNote);
    connect(m_session, &FortuneSession::resultChanged, this, [this] {
        if (!m_session->isBusy())
            m_note.clear();
        refresh();
    });
    retranslateUi();
    refresh();
    updateNotice();
}

void FortuneView::setServices(AppServices *services)
{
    m_services = services;
    updateNotice();
}

void FortuneView::updateNotice()
{
    if (!m_services) {
        m_notice->setMessage(
            tr("The daily fortune service is not connected. The saju chart works without the internet."));
        m_notice->setDemoOffered(false);
        m_notice->show();
    } else if (m_services->isDemo() || m_services->keyUnknown(AppServices::Service::Saju)) {
        m_notice->hide();
    } else if (!m_services->hasKey(AppServices::Service::Saju)) {
        m_notice->setMessage(tr("The daily fortune needs a Saju API key (bs_live_… or bs_test_…). The saju chart "
                                "works without one."));
        m_notice->setDemoOffered(!m_services->hasAnyKey());
        m_notice->show();
    } else if (m_services->keys()->authState(AppServices::Service::Saju) == KeyManager::AuthState::Rejected) {
        m_notice->setMessage(tr("The Saju API rejected the key. Enter a new key in Settings › API Keys."));
        m_notice->setDemoOffered(false);
        m_notice->show();
    } else {
        m_notice->hide();
    }
}

QString FortuneView::cachedText() const
{
    return m_cachedLabel->isHidden() ? QString() : m_cachedLabel->text();
}

QString FortuneView::statusText() const
{
    return m_statusLabel->isHidden() ? QString() : m_statusLabel->text();
}

void FortuneView::showNote(const QString &text)
{
    m_note = text;
    refresh();
}

void FortuneView::refresh()
{
    const FortuneResult &r = m_session->result();
    for (int i = 0; i < 3; ++i)
        showCard(i);
    showExtras();
    const bool cached = m_session->isCached() && m_session->hasResult();
    m_cachedLabel->setText(cached ? FortuneText::cachedNote(m_session->fetchedAt()) : QString());
    m_cachedLabel->setVisible(cached);
    m_refreshButton->setVisible(m_session->hasResult() && !m_session->isBusy());
    if (m_narrative->toPlainText() != r.narrative) {
        QScrollBar *bar = m_narrative->verticalScrollBar();
        const bool follow = bar->value() >= bar->maximum() - 4;
        m_narrative->setPlainText(r.narrative);
        if (follow)
            bar->setValue(bar->maximum());
    }
    m_narrative->setVisible(!r.narrative.isEmpty());

    QStringList parts;
    if (!r.meta.requestId.isEmpty())
        parts << tr("Request %1").arg(r.meta.requestId);
    if (!r.meta.model.isEmpty())
        parts << tr("model %1").arg(r.meta.model);
    if (r.meta.cached)
        parts << tr("from the service's cache");
    if (r.meta.cost >= 0)
        parts << tr("cost $%1").arg(QLocale().toString(r.meta.cost, 'f', 3));
    if (r.meta.latencyMs >= 0)
        parts << tr("%1 ms").arg(QLocale().toString(qRound(r.meta.latencyMs)));
    // How the pillars it answers were computed (kept with every cached answer).
    if (const FortuneComputation &c = m_session->entry().computation; c.isValid()) {
        const std::optional<saju::ZiRule> zi = saju::ziRuleFromName(c.ziRule);
        parts << tr("computed with: %1, %2, %3, SajuDesk %4")
                     .arg(zi ? SajuFormat::ziRuleLabel(*zi) : c.ziRule, SajuFormat::longitude(c.longitude),
                          c.dstApplied ? tr("daylight saving time removed") : tr("no daylight saving time"),
                          c.engineVersion);
    }
    m_meta->setText(parts.join(QStringLiteral(" · ")));
    m_meta->setVisible(!parts.isEmpty());

    QString status;
    bool error = false;
    QString reason = m_session->error().userMessage();
    if (const QString hint = m_session->error().userHint(); !hint.isEmpty())
        reason += QLatin1Char(' ') + hint;
    switch (m_session->status()) {
    case FortuneSession::Status::None:
        status = m_note;
        break;
    case FortuneSession::Status::Cancelled:
        status = tr("Cancelled.");
        break;
    case FortuneSession::Status::CancelledPartial:
        status = tr("Cancelled. The parts received are kept.");
        break;
    case FortuneSession::Status::Failed:
        status = tr("No fortune: %1").arg(reason);
        error = true;
        break;
    case FortuneSession::Status::Incomplete:
        status = tr("The fortune is incomplete: %1").arg(reason);
        error = true;
        break;
    case FortuneSession::Status::EmptyAnswer:
        status = tr("The service answered, but the answer had no fortune in it.");
        error = true;
        break;
    }
    QPalette pal = m_statusLabel->palette();
    pal.setColor(QPalette::WindowText, error ? errorColor(palette()) : palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(pal);
    m_statusLabel->setText(status);
    m_statusLabel->setVisible(!status.isEmpty());
    m_emptyLabel->setVisible(!m_session->hasResult() && !m_session->isBusy() && status.isEmpty());
}

void FortuneView::showCard(int i)
{
    const QJsonObject data = m_session->result().section(QLatin1String(kSections[i]));
    m_cards[i]->setVisible(!data.isEmpty());
    if (data.isEmpty()) {
        m_cardBodies[i]->clear();
        return;
    }
    const QString muted = theme::mutedText(palette()).name();
    QString html;
    auto paragraph = [&html](const QString &text, const QString &style = QString()) {
        if (!text.trimmed().isEmpty())
            html += QStringLiteral("<p style='margin:2px 0 6px 0; %1'>%2</p>").arg(style, esc(text));
    };
    QStringList shown;
    auto take = [&data, &shown](const char *key) {
        shown << QLatin1String(key);
        return textOf(QLatin1String(key), data.value(QLatin1String(key)));
    };
    if (i == 0) {
        const QString emoji = take("emoji");
        QString headline = take("dayMaster");
        if (const QString hanja = take("dayMasterHanja"); !hanja.isEmpty())
            headline += QStringLiteral(" (%1)").arg(hanja);
        paragraph((emoji + QLatin1Char(' ') + headline).trimmed(), QStringLiteral("font-size:15pt; font-weight:600"));
        paragraph(take("title"), QStringLiteral("font-weight:600"));
        paragraph(take("identity"));
        paragraph(take("investmentIdentity"));
    } else if (i == 1) {
        const QJsonObject scores = data.value(QStringLiteral("scores")).toObject();
        shown << QStringLiteral("scores");
        const QList<QPair<QString, QString>> known = {{QStringLiteral("riskTolerance"), tr("Risk tolerance")},
                                                      {QStringLiteral("longTermAptitude"), tr("Long-term aptitude")},
                                                      {QStringLiteral("trendSensitivity"), tr("Trend sensitivity")}};
        QString rows;
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
            QString label = it.key();
            for (const auto &k : known) {
                if (k.first == it.key())
                    label = k.second;
            }
            const int value = it.value().toInt();
            rows += QStringLiteral("<tr><td>%1</td><td style='padding-left:10px'>%2</td><td align='right' "
                                   "style='padding-left:8px'>%3</td></tr>")
                        .arg(esc(label), scoreBar(value), QLocale().toString(value));
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<table>%1</table>").arg(rows);
        paragraph(take("summary"));
        const QJsonArray strengths = data.value(QStringLiteral("strengths")).toArray();
        shown << QStringLiteral("strengths");
        if (!strengths.isEmpty()) {
            QString items;
            for (const QJsonValue &s : strengths)
                items += QStringLiteral("<li>%1</li>").arg(esc(textOf(QStringLiteral("strengths"), s)));
            html += QStringLiteral("<p style='margin:4px 0 0 0'><b>%1</b></p><ul style='margin-top:0'>%2</ul>")
                        .arg(esc(tr("Strengths")), items);
        }
        if (const QString weakness = take("weakness"); !weakness.isEmpty())
            paragraph(tr("Weakness: %1").arg(weakness));
        if (const QString warning = take("warning"); !warning.isEmpty())
            paragraph(tr("Caution: %1").arg(warning), QStringLiteral("color:%1").arg(cautionColor(palette()).name()));
    } else {
        if (data.contains(QStringLiteral("score"))) {
            const int score = data.value(QStringLiteral("score")).toInt();
            html += QStringLiteral("<p style='margin:2px 0 6px 0'><span style='font-size:22pt; font-weight:600'>%1"
                                   "</span> <span style='color:%3'>/ 100</span>&#160;&#160;%2</p>")
                        .arg(QLocale().toString(score), scoreBar(score), muted);
        }
        shown << QStringLiteral("score");
        // The day in the UI language; the service's own wording only when its date is unreadable.
        const QDate day = QDate::fromString(data.value(QStringLiteral("date")).toString(), Qt::ISODate);
        QString date = take("formattedDate");
        take("date");
        if (day.isValid())
            date = QLocale().toString(day, QLocale::LongFormat);
        paragraph(date, QStringLiteral("color:%1").arg(muted));
        paragraph(take("summary"));
        paragraph(take("message"));
        const QJsonArray items = data.value(QStringLiteral("actionItems")).toArray();
        shown << QStringLiteral("actionItems");
        if (!items.isEmpty()) {
            QString list;
            for (const QJsonValue &item : items) {
                if (const QString text = textOf(QStringLiteral("actionItems"), item); !text.isEmpty())
                    list += QStringLiteral("<li>%1</li>").arg(esc(text));
            }
            html += QStringLiteral("<p style='margin:4px 0 0 0'><b>%1</b></p><ul style='margin-top:0'>%2</ul>")
                        .arg(esc(tr("Things to do today")), list);
        }
        const QJsonObject lacking = data.value(QStringLiteral("deficiency")).toObject();
        shown << QStringLiteral("deficiency");
        if (!lacking.isEmpty()) {
            QStringList parts;
            if (lacking.value(QStringLiteral("element")).isString())
                parts << FortuneText::elementName(lacking.value(QStringLiteral("element")).toString());
            for (auto it = lacking.constBegin(); it != lacking.constEnd(); ++it) {
                if (it.key() != QLatin1String("element") && it.value().isString())
                    parts << it.value().toString();
            }
            paragraph(tr("Lacking element: %1").arg(parts.join(QStringLiteral(" — "))));
        } else if (const QString text = textOf(QStringLiteral("deficiency"), data.value(QStringLiteral("deficiency")));
                   !text.isEmpty()) {
            paragraph(tr("Lacking element: %1").arg(text));
        }
    }
    // Fields this version does not know are still shown, labelled, so nothing the service sends is lost.
    QJsonObject rest;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!shown.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    for (const QString &line : FortuneText::lines(rest))
        paragraph(line);
    m_cardBodies[i]->setText(html);
}

void FortuneView::showExtras()
{
    // Keys of `data` that are no section: shown as labelled lines, never dropped.
    const QStringList lines = FortuneText::lines(m_session->result().extras);
    QString html;
    for (const QString &line : lines)
        html += QStringLiteral("<p style='margin:2px 0; white-space:pre-wrap'>%1</p>").arg(esc(line));
    m_cardBodies[3]->setText(html);
    m_cards[3]->setVisible(!lines.isEmpty());
}

void FortuneView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateNotice();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

void FortuneView::retranslateUi()
{
    m_cards[0]->setTitle(tr("Character"));
    m_cards[1]->setTitle(tr("Investment Tendency"));
    m_cards[2]->setTitle(tr("Today's Fortune"));
    m_cards[3]->setTitle(tr("More from the service"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask the Saju API again for this fortune (a new, billed request)"));
    m_narrative->setAccessibleName(tr("Fortune text"));
    m_busy->setAccessibleName(tr("Waiting for the fortune"));
    m_emptyLabel->setText(tr("Fill in the birth data and a name, then choose Get Fortune."));
}

} // namespace sajudesk
