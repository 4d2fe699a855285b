// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/SajuPane.h"

#include "AppServices.h"
#include "saju/BirthForm.h"
#include "saju/ChartExport.h"
#include "saju/ChartView.h"
#include "saju/FortuneControls.h"
#include "saju/FortuneView.h"
#include "saju/LuckStrip.h"
#include "saju/ProfileList.h"
#include "saju/SajuFormat.h"
#include "saju/SajuSession.h"
#include "sajuapi/FortuneChatContext.h"
#include "sajuapi/FortuneSession.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sajudesk {

using namespace saju;

namespace {

enum Tab { ChartTab, FortuneTab };

// A narrow window scrolls sideways rather than cutting anything off.
QScrollArea *scrolling(QWidget *content, const QString &name, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(name);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

SajuPane::SajuPane(QWidget *parent)
    : QWidget(parent)
    , m_session(new SajuSession(this))
    , m_fortune(new FortuneSession(m_session, this))
    , m_profiles(new ProfileList(m_session, this))
    , m_form(new BirthForm(m_session, this))
    , m_controls(new FortuneControls(m_session, m_fortune, this))
    , m_chart(new ChartView(m_session, this))
    , m_luck(new LuckStrip(m_session, this))
    , m_fortuneView(new FortuneView(m_fortune, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("sajuPane"));
    m_tabs->setObjectName(QStringLiteral("sajuTabs"));

    auto *left = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 6, 0);
    leftColumn->addWidget(m_profiles);
    leftColumn->addWidget(m_form);
    leftColumn->addWidget(m_controls);
    leftColumn->addStretch(1);
    m_formScroll = scrolling(left, QStringLiteral("sajuFormScrollArea"), this);
    m_formScroll->setMinimumWidth(320);

    auto *chartPage = new QWidget(this);
    auto *chartColumn = new QVBoxLayout(chartPage);
    chartColumn->setContentsMargins(4, 4, 4, 4);
    chartColumn->addWidget(m_chart);
    chartColumn->addWidget(m_luck);
    chartColumn->addStretch(1);
    m_tabs->addTab(scrolling(chartPage, QStringLiteral("chartScrollArea"), this), QString());
    m_tabs->addTab(m_fortuneView, QString());
    m_tabs->setMinimumWidth(380);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sajuSplitter"));
    splitter->addWidget(m_formScroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({340, 740});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_profiles, &ProfileList::errorOccurred, this, &SajuPane::errorOccurred);
    connect(m_controls, &FortuneControls::getRequested, this, &SajuPane::getFortune);
    connect(m_controls, &FortuneControls::discussRequested, this, &SajuPane::discussInChat);
    connect(m_chart, &ChartView::exportRequested, this, &SajuPane::exportChart);
    connect(m_chart, &ChartView::printRequested, this, &SajuPane::printChart);
    connect(m_fortuneView, &FortuneView::refreshRequested, this, &SajuPane::refreshFortune);
    connect(m_fortuneView, &FortuneView::openKeysRequested, this, &SajuPane::openKeysRequested);
    connect(m_fortuneView, &FortuneView::tryDemoRequested, this, &SajuPane::tryDemoRequested);
    connect(m_fortune, &FortuneSession::failed, this, &SajuPane::onFortuneFailed);
    connect(m_fortune, &FortuneSession::succeeded, this, [this] {
        if (m_services)
            m_services->reportSuccess(ApiError::Service::Saju);
    });
    // A server's complaint about a field is about the data it was sent; new data, new answer.
    connect(m_session, &SajuSession::personChanged, this, [this] {
        m_chart->markPillar(QString(), QString());
        m_form->clearServerErrors();
    });
    retranslateUi();
}

SajuPane::~SajuPane() = default;

void SajuPane::setServices(AppServices *services)
{
    m_services = services;
    m_fortuneView->setServices(services);
    if (services) {
        m_profiles->useStore(services->profilesFile());
        m_fortune->setBackend(services->http(), services->sajuConfig(), services->rateLimits(),
                              services->fortuneCacheDirectory());
        connect(services, &AppServices::configChanged, this, [this] {
            m_fortune->setBackend(m_services->http(), m_services->sajuConfig(), m_services->rateLimits(),
                                  m_services->fortuneCacheDirectory());
            m_fortuneView->updateNotice();
        });
        connect(services, &AppServices::keyStatusChanged, m_fortuneView, &FortuneView::updateNotice);
    } else {
        m_profiles->closeStore();
        m_fortune->setBackend(nullptr, SajuApiConfig(), nullptr, QString());
    }
}

void SajuPane::setFortuneModel(const QString &model)
{
    m_fortune->setModel(model);
}

bool SajuPane::isBusy() const
{
    return m_fortune->isBusy();
}

QString SajuPane::pillarsText() const
{
    return m_chart->pillarsText();
}

void SajuPane::getFortune()
{
    askForFortune(false);
}

void SajuPane::refreshFortune()
{
    askForFortune(true);
}

void SajuPane::askForFortune(bool refresh)
{
    if (m_fortune->isBusy() || !m_session->requestReady())
        return;
    m_tabs->setCurrentIndex(FortuneTab);
    // A cached answer was paid for already and needs no key.
    const bool needsKey = refresh || !m_fortune->hasCachedAnswer();
    if (needsKey && (!m_services || !m_services->hasKey(AppServices::Service::Saju))) {
        m_fortuneView->updateNotice();
        m_fortuneView->showNote(tr("Add a Saju API key to get the daily fortune."));
        return;
    }
    m_chart->markPillar(QString(), QString());
    m_form->clearServerErrors();
    m_fortune->request(refresh);
}

void SajuPane::cancelFortune()
{
    m_fortune->cancel();
}

void SajuPane::onFortuneFailed(const ApiError &error)
{
    const bool auth = m_services && m_services->reportFailure(error);
    emit errorOccurred(error);
    if (auth)
        m_fortuneView->updateNotice();
    static const QStringList fieldCodes = {QStringLiteral("missing_field"), QStringLiteral("invalid_field"),
                                           QStringLiteral("invalid_saju"), QStringLiteral("invalid_date")};
    if (!error.field.isEmpty() && fieldCodes.contains(error.code)) {
        QString message = error.userMessage();
        if (const QString hint = error.userHint(); !hint.isEmpty())
            message += QLatin1Char('\n') + tr("Hint: %1").arg(hint);
        showFieldError(error.field, message);
    }
}

bool SajuPane::focusField(const QString &path)
{
    return showFieldError(path, QString());
}

bool SajuPane::showFieldError(const QString &path, const QString &message)
{
    const QString p = path.trimmed();
    const QStringList parts = p.split(QLatin1Char('.'));
    const QString head = parts.value(0);
    auto onForm = [this, &message](BirthField field) {
        if (!message.isEmpty())
            m_form->setServerError(field, message);
        if (QWidget *w = m_form->fieldWidget(field))
            m_formScroll->ensureWidgetVisible(w);
        return m_form->focusField(field);
    };
    if (head == QLatin1String("userName") || head == QLatin1String("name"))
        return onForm(BirthField::Name);
    if (head == QLatin1String("birthDate"))
        return onForm(BirthField::Date);
    if (head == QLatin1String("birthTime") || head == QLatin1String("hour") || head == QLatin1String("minute")
        || (head != QLatin1String("saju")
            && (p.endsWith(QLatin1String(".hour")) || p.endsWith(QLatin1String(".minute")))))
        return onForm(BirthField::Time);
    if (head == QLatin1String("gender"))
        return onForm(BirthField::Gender);
    if (head == QLatin1String("calendarType"))
        return onForm(BirthField::Calendar);
    if (head == QLatin1String("longitude"))
        return onForm(BirthField::Longitude);
    if (head == QLatin1String("date") || head == QLatin1String("targetDate")) {
        // The fortune's date has no error line of its own: the message goes to the results.
        if (!message.isEmpty())
            m_fortuneView->showNote(message);
        m_formScroll->ensureWidgetVisible(m_controls->dateEdit());
        m_controls->dateEdit()->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (head == QLatin1String("type")) {
        if (!message.isEmpty())
            m_fortuneView->showNote(message);
        m_formScroll->ensureWidgetVisible(m_controls->fortuneOnlyBox());
        m_controls->fortuneOnlyBox()->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (head == QLatin1String("saju")) {
        m_tabs->setCurrentIndex(ChartTab);
        QString position;
        if (parts.value(1) == QLatin1String("pillars"))
            position = parts.value(2);
        else if (parts.value(1) == QLatin1String("dayMaster"))
            position = QStringLiteral("day");
        static const QStringList positions = {QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day"),
                                              QStringLiteral("hour")};
        if (!positions.contains(position))
            position.clear();
        if (message.isEmpty())
            m_chart->focusPillar(position);
        else
            m_chart->markPillar(position, message);
        return true;
    }
    return false;
}

FortuneChatInput SajuPane::chatInput() const
{
    FortuneChatInput in;
    const SajuChart *chart = m_session->chart();
    if (!chart)
        return in;
    in.name = m_session->fields().name.trimmed();
    in.birth = chart->input;
    in.pillars = chart->pillars;
    in.luckNow = LuckPeriodNow::fromChart(*chart, m_session->now().toUTC().date().year());
    if (m_fortune->hasResult()) {
        in.fortune = m_fortune->result();
        in.fortuneDate = m_fortune->params().date;
    }
    return in;
}

QString SajuPane::chatContext() const
{
    if (!m_session->chart())
        return QString();
    // The same plain text is shown in the chat's context block and sent as the system prompt.
    return FortuneChatContext::systemPrompt(chatInput());
}

void SajuPane::discussInChat()
{
    if (!m_session->chart())
        return;
    const QString name = m_session->fields().name.trimmed();
    const QString title = name.isEmpty() ? tr("Saju %1").arg(pillarsText()) : tr("Saju of %1").arg(name);
    emit discussRequested(title, chatContext(),
                          m_fortune->hasResult() ? tr("Please explain my four pillars and today's fortune.")
                                                 : tr("Please explain these four pillars."));
}

void SajuPane::exportChart(const QString &format)
{
    if (!m_session->chart())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = format == QLatin1String("txt")    ? tr("Text (*.txt)")
                           : format == QLatin1String("json") ? tr("JSON (*.json)")
                           : format == QLatin1String("png")  ? tr("PNG image (*.png)")
                                                             : tr("PDF (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), dir + QLatin1Char('/') + ChartExport::suggestedFileName(*m_session, format), filter);
    if (path.isEmpty())
        return;
    QString error;
    m_chart->ensureUpToDate();
    if (!ChartExport::save(format, path, *m_session, m_chart->chartArea(), &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

void SajuPane::printChart()
{
    if (!m_session->chart())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Chart"));
    if (dialog.exec() == QDialog::Accepted)
        ChartExport::print(&printer, *m_session);
}

void SajuPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Field messages are made in the language of the moment; make them again.
        m_session->retranslate();
    }
    QWidget::changeEvent(event);
}

void SajuPane::retranslateUi()
{
    m_tabs->setTabText(ChartTab, tr("Saju Chart"));
    m_tabs->setTabText(FortuneTab, tr("Daily Fortune"));
}

} // namespace sajudesk
