// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/FortuneView.h"

#include "AppServices.h"
#include "KeyNotice.h"
#include "RetryBanner.h"
#include "keys/KeyManager.h"
#include "saju/ElementStyle.h"
#include "sajuapi/FortuneSession.h"

#include <QEvent>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
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

// The service names elements in English ("earth"); shown in the UI language.
QString elementText(const QString &value)
{
    for (int e = 0; e < 5; ++e) {
        const auto element = static_cast<saju::Element>(e);
        if (value.compare(saju::elementName(element), Qt::CaseInsensitive) == 0 || value == saju::elementHangul(element)
            || value == saju::elementHanja(element))
            return elementDisplayName(element);
    }
    return value;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const char *key : {"text", "title", "action", "description", "content", "item", "trait"}) {
            if (o.value(QLatin1String(key)).isString()) {
                QString text = o.value(QLatin1String(key)).toString();
                if (o.value(QStringLiteral("emoji")).isString())
                    text.prepend(o.value(QStringLiteral("emoji")).toString() + QLatin1Char(' '));
                return text;
            }
        }
        if (o.value(QStringLiteral("element")).isString())
            return elementText(o.value(QStringLiteral("element")).toString());
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
    , m_narrative(new QTextBrowser(this))
    , m_meta(new QLabel(this))
{
    setObjectName(QStringLiteral("fortuneView"));
    m_busy->setObjectName(QStringLiteral("fortuneBusyIndicator"));
    m_statusLabel->setObjectName(QStringLiteral("fortuneStatusLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyResultsLabel"));
    m_narrative->setObjectName(QStringLiteral("narrativeTextBrowser"));
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
    const char *cardNames[] = {"characterCard", "tendencyCard", "fortuneCard"};
    const char *bodyNames[] = {"characterCardLabel", "tendencyCardLabel", "fortuneCardLabel"};
    for (int i = 0; i < 3; ++i) {
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

    connect(m_notice, &KeyNotice::openKeysRequested, this, &FortuneView::openKeysRequested);
    connect(m_notice, &KeyNotice::tryDemoRequested, this, &FortuneView::tryDemoRequested);
    connect(m_retryBanner, &RetryBanner::retryNowRequested, m_session, &FortuneSession::retryNow);
    connect(m_retryBanner, &RetryBanner::cancelRequested, m_session, &FortuneSession::cancel);
    connect(m_session, &FortuneSession::retryScheduled, this, [this](int attempt, qint64 delayMs, const ApiError &e) {
        m_retryBanner->showCountdown(attempt, m_session->maxAttempts(), delayMs, e);
    });
    connect(m_session, &FortuneSession::retryCleared, m_retryBanner, &RetryBanner::hideBanner);
    connect(m_session, &FortuneSession::busyChanged, m_busy, &QWidget::setVisible);
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
    } else if (m_services->isDemo()) {
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
        showCard(i, QLatin1String(kSections[i]));
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
    m_emptyLabel->setVisible(!m_session->hasResult() && !m_session->isBusy());
}

void FortuneView::showCard(int i, const QString &section)
{
    const FortuneResult &r = m_session->result();
    const QJsonObject data = i == 0 ? r.character : i == 1 ? r.tendency : r.fortune;
    m_cards[i]->setVisible(!data.isEmpty());
    if (data.isEmpty()) {
        m_cardBodies[i]->clear();
        return;
    }
    Q_UNUSED(section)
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html;
    auto paragraph = [&html](const QString &text, const QString &style = QString()) {
        if (!text.trimmed().isEmpty())
            html += QStringLiteral("<p style='margin:2px 0 6px 0; %1'>%2</p>").arg(style, esc(text));
    };
    QStringList shown;
    auto take = [&data, &shown](const char *key) {
        shown << QLatin1String(key);
        return textOf(data.value(QLatin1String(key)));
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
                items += QStringLiteral("<li>%1</li>").arg(esc(textOf(s)));
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
        QString date = take("formattedDate");
        if (date.isEmpty())
            date = take("date");
        else
            take("date");
        paragraph(date, QStringLiteral("color:%1").arg(muted));
        paragraph(take("summary"));
        paragraph(take("message"));
        const QJsonArray items = data.value(QStringLiteral("actionItems")).toArray();
        shown << QStringLiteral("actionItems");
        if (!items.isEmpty()) {
            QString list;
            for (const QJsonValue &item : items) {
                if (const QString text = textOf(item); !text.isEmpty())
                    list += QStringLiteral("<li>%1</li>").arg(esc(text));
            }
            html += QStringLiteral("<p style='margin:4px 0 0 0'><b>%1</b></p><ul style='margin-top:0'>%2</ul>")
                        .arg(esc(tr("Things to do today")), list);
        }
        if (const QString lacking = take("deficiency"); !lacking.isEmpty())
            paragraph(tr("Lacking element: %1").arg(lacking));
    }
    // Fields this version does not know are still shown, so nothing the service sends is lost.
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!shown.contains(it.key()) && it.value().isString())
            paragraph(it.value().toString());
    }
    m_cardBodies[i]->setText(html);
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
    m_narrative->setAccessibleName(tr("Fortune text"));
    m_busy->setAccessibleName(tr("Waiting for the fortune"));
    m_emptyLabel->setText(tr("Fill in the birth data and a name, then choose Get Fortune."));
}

} // namespace sajudesk
