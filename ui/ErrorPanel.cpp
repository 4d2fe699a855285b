// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorPanel.h"

#include "support/SupportReport.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace sajudesk {

namespace {
constexpr int maxEntries = 200; // old failures are dropped; the panel is a recent history, not a log

QString serviceName(ApiError::Service service)
{
    switch (service) {
    case ApiError::Service::RunYour:
        return QStringLiteral("RunYour AI");
    case ApiError::Service::Saju:
        return QStringLiteral("Saju API");
    case ApiError::Service::Local:
        break;
    }
    return QCoreApplication::translate("sajudesk::ErrorPanel", "SajuDesk");
}
} // namespace

ErrorPanel::ErrorPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
    , m_copyButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_copiedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("errorPanel"));
    m_list->setObjectName(QStringLiteral("errorList"));
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_copyButton->setObjectName(QStringLiteral("copySupportButton"));
    m_clearButton->setObjectName(QStringLiteral("clearErrorsButton"));
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));
    m_details->setOpenExternalLinks(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAccessibleName(tr("Problems"));
    m_details->setAccessibleName(tr("Problem details"));
    m_copiedLabel->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copiedLabel);
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ErrorPanel::showDetails);
    connect(m_copyButton, &QPushButton::clicked, this, &ErrorPanel::copyForSupport);
    connect(m_clearButton, &QPushButton::clicked, this, &ErrorPanel::clear);
    retranslateUi();
    refreshList();
}

void ErrorPanel::addError(const ApiError &error)
{
    m_errors.prepend(error);
    while (m_errors.size() > maxEntries)
        m_errors.removeLast();
    refreshList();
    m_list->setCurrentRow(0);
    emit entryCountChanged(entryCount());
}

ApiError ErrorPanel::currentError() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_errors.size() ? m_errors.at(row) : ApiError();
}

QString ErrorPanel::supportReportText() const
{
    const ApiError error = currentError();
    if (!error.isError())
        return QString();
    return SupportReport::format(error, m_baseUrlFor ? m_baseUrlFor(error.service) : QUrl());
}

void ErrorPanel::clear()
{
    m_errors.clear();
    refreshList();
    emit entryCountChanged(0);
}

void ErrorPanel::copyForSupport()
{
    const QString text = supportReportText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_copiedLabel->setText(tr("Copied. Paste it into your support ticket — it contains no API keys."));
    m_copiedLabel->show();
    QTimer::singleShot(5000, m_copiedLabel, &QWidget::hide);
}

void ErrorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshList();
    }
    QWidget::changeEvent(event);
}

void ErrorPanel::retranslateUi()
{
    m_copyButton->setText(tr("Copy for Support"));
    m_copyButton->setToolTip(tr("Copy a report of the selected problem without any API key"));
    m_clearButton->setText(tr("Clear"));
}

void ErrorPanel::refreshList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ApiError &error : std::as_const(m_errors)) {
        auto *item = new QListWidgetItem(entrySummary(error), m_list);
        item->setToolTip(item->text());
    }
    m_list->setCurrentRow(row >= 0 && row < m_list->count() ? row : (m_list->count() ? 0 : -1));
    m_copyButton->setEnabled(!m_errors.isEmpty());
    m_clearButton->setEnabled(!m_errors.isEmpty());
    showDetails();
}

void ErrorPanel::showDetails()
{
    const ApiError error = currentError();
    m_details->setHtml(error.isError() ? detailsHtml(error) : QString());
}

QString ErrorPanel::entrySummary(const ApiError &error) const
{
    const QString time = QLocale().toString(error.localTime.toLocalTime().time(), QLocale::ShortFormat);
    return QStringLiteral("%1  %2 · %3 — %4").arg(time, serviceName(error.service), error.code, error.userMessage());
}

QString ErrorPanel::detailsHtml(const ApiError &error) const
{
    QString html = QStringLiteral("<table cellspacing='2'>");
    auto row = [&html](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        html += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Service"), serviceName(error.service));
    row(tr("Code"), error.code);
    row(tr("Message"), error.userMessage());
    row(tr("Hint"), error.userHint());
    row(tr("Field"), error.field);
    row(tr("Request ID"), error.requestId);
    row(tr("Endpoint"), error.endpoint);
    row(tr("HTTP status"), error.httpStatus > 0 ? QString::number(error.httpStatus) : QString());
    row(tr("Attempts"), QString::number(error.attempts));
    if (error.retryAfterMs >= 0)
        row(tr("Retry after"), tr("%n second(s)", nullptr, static_cast<int>((error.retryAfterMs + 999) / 1000)));
    row(tr("Time"), QLocale().toString(error.localTime.toLocalTime(), QLocale::LongFormat));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace sajudesk
