// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorPanel.h"

#include "support/SupportReport.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace sajudesk {

namespace {
constexpr int maxEntries = 200; // old causes are dropped; the panel is a recent history, not a log

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
    , m_actionButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_noteLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("errorPanel"));
    m_list->setObjectName(QStringLiteral("errorList"));
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_actionButton->setObjectName(QStringLiteral("errorActionButton"));
    m_copyButton->setObjectName(QStringLiteral("copySupportButton"));
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    m_clearButton->setObjectName(QStringLiteral("clearErrorsButton"));
    m_noteLabel->setObjectName(QStringLiteral("copiedLabel"));
    m_details->setOpenExternalLinks(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    // A strip, not a pane: every part may shrink to a few lines; the dock decides the height.
    for (QWidget *w : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_details)}) {
        w->setMinimumHeight(48);
        w->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    auto *detailsColumn = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(detailsColumn);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(2);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_noteLabel);
    splitter->addWidget(detailsColumn);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_actionButton);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    m_savePrompt = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save Report"), suggested, tr("Text files (*.txt)"));
    };
    connect(m_list, &QListWidget::currentRowChanged, this, &ErrorPanel::showDetails);
    connect(m_actionButton, &QPushButton::clicked, this, &ErrorPanel::runAction);
    connect(m_copyButton, &QPushButton::clicked, this, &ErrorPanel::copyForSupport);
    connect(m_saveButton, &QPushButton::clicked, this, &ErrorPanel::saveReport);
    connect(m_clearButton, &QPushButton::clicked, this, &ErrorPanel::clear);
    retranslateUi();
    refreshList();
}

QString ErrorPanel::causeOf(const ApiError &e)
{
    // The same failure again: same service, our code and the server's, status, field and the
    // server's words. The endpoint is left out on purpose: a refused key fails the model list and
    // the chat alike, and that is one thing to fix.
    return QStringList{QString::number(int(e.service)), e.code,  e.serverCode,
                       QString::number(e.httpStatus),   e.field, e.message}
        .join(QChar(0x1f));
}

void ErrorPanel::addError(const ApiError &error)
{
    const QString cause = causeOf(error);
    const int before = entryCount();
    Entry entry{error, 1, cause};
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).cause == cause) {
            entry.count = m_entries.at(i).count + 1;
            m_entries.removeAt(i);
            break;
        }
    }
    m_entries.prepend(entry);
    while (m_entries.size() > maxEntries)
        m_entries.removeLast();
    refreshList();
    m_list->setCurrentRow(0);
    if (entryCount() != before)
        emit entryCountChanged(entryCount());
    emit errorReported();
}

void ErrorPanel::selectNewest()
{
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
}

int ErrorPanel::currentOccurrences() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).count : 0;
}

ApiError ErrorPanel::currentError() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).error : ApiError();
}

ErrorAction ErrorPanel::currentAction() const
{
    return ErrorAction::forError(currentError());
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
    m_entries.clear();
    refreshList();
    emit entryCountChanged(0);
}

void ErrorPanel::showNote(const QString &text)
{
    m_noteLabel->setText(text);
    m_noteLabel->show();
    QTimer::singleShot(6000, m_noteLabel, &QWidget::hide);
}

void ErrorPanel::copyForSupport()
{
    const QString text = supportReportText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    showNote(tr("Copied. Paste it into your support ticket — it contains no API keys."));
}

void ErrorPanel::saveReport()
{
    const ApiError error = currentError();
    if (!error.isError() || !m_savePrompt)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("sajudesk-report-%1.txt")
                             .arg(error.localTime.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = m_savePrompt(QDir(folder).filePath(name));
    if (!path.isEmpty())
        saveReportTo(path);
}

bool ErrorPanel::saveReportTo(const QString &path)
{
    const QString text = supportReportText();
    if (text.isEmpty())
        return false;
    // QSaveFile: a failed write (full disk, no permission) never leaves half a report behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        showNote(tr("The report could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showNote(tr("Report saved to %1. It contains no API keys.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ErrorPanel::runAction()
{
    const ErrorAction action = currentAction();
    switch (action.type) {
    case ErrorAction::Type::None:
        return;
    case ErrorAction::Type::OpenKeySettings:
        emit openKeysRequested();
        return;
    case ErrorAction::Type::OpenConsole:
    case ErrorAction::Type::OpenStatusPage:
        if (!QDesktopServices::openUrl(action.url))
            showNote(tr("No web browser could be opened. The address is %1").arg(action.url.toString()));
        return;
    case ErrorAction::Type::SwitchModel:
        emit switchModelRequested(action.service);
        return;
    case ErrorAction::Type::GoToField:
        emit fieldRequested(action.field);
        return;
    }
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
    m_list->setAccessibleName(tr("Problems"));
    m_details->setAccessibleName(tr("Problem details"));
    m_copyButton->setText(tr("Copy for Support"));
    m_copyButton->setToolTip(tr("Copy a report of the selected problem without any API key"));
    m_saveButton->setText(tr("Save Report…"));
    m_saveButton->setToolTip(tr("Save a report of the selected problem to a file, without any API key"));
    m_clearButton->setText(tr("Clear"));
}

QString ErrorPanel::actionText(const ErrorAction &action, ApiError::Service service) const
{
    switch (action.type) {
    case ErrorAction::Type::None:
        break;
    case ErrorAction::Type::OpenKeySettings:
        return tr("Open API Keys…");
    case ErrorAction::Type::OpenConsole:
        return service == ApiError::Service::Saju ? tr("Open Saju API Dashboard") : tr("Open RunYour Credit Guide");
    case ErrorAction::Type::SwitchModel:
        return tr("Switch Model");
    case ErrorAction::Type::GoToField:
        return tr("Go to Field");
    case ErrorAction::Type::OpenStatusPage:
        return tr("Open Status Page");
    }
    return QString();
}

void ErrorPanel::refreshList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(entrySummary(entry), m_list);
        item->setToolTip(item->text());
    }
    m_list->setCurrentRow(row >= 0 && row < m_list->count() ? row : (m_list->count() ? 0 : -1));
    m_copyButton->setEnabled(!m_entries.isEmpty());
    m_saveButton->setEnabled(!m_entries.isEmpty());
    m_clearButton->setEnabled(!m_entries.isEmpty());
    showDetails();
}

void ErrorPanel::showDetails()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_entries.size();
    m_details->setHtml(any ? detailsHtml(m_entries.at(row)) : QString());
    const ErrorAction action = currentAction();
    const QString text = any ? actionText(action, currentError().service) : QString();
    m_actionButton->setText(text);
    m_actionButton->setVisible(!text.isEmpty());
    if (action.type == ErrorAction::Type::OpenConsole || action.type == ErrorAction::Type::OpenStatusPage)
        m_actionButton->setToolTip(action.url.toString());
    else
        m_actionButton->setToolTip(QString());
}

QString ErrorPanel::entrySummary(const Entry &entry) const
{
    const ApiError &e = entry.error;
    const QString time = QLocale().toString(e.localTime.toLocalTime().time(), QLocale::ShortFormat);
    // Our kind, and the server's own code when it says something else.
    QString code = e.code;
    if (!e.serverCode.isEmpty() && e.serverCode != e.code)
        code = tr("%1 (server: %2)").arg(e.code, e.serverCode);
    const QString text = e.codeText().isEmpty() ? e.userMessage() : e.codeText();
    QString line = QStringLiteral("%1  %2 · %3 — %4").arg(time, serviceName(e.service), code, text);
    // In front: a long line is elided at its end in the narrow list.
    if (entry.count > 1)
        line = tr("×%1").arg(entry.count) + QStringLiteral("  ") + line;
    return line;
}

QString ErrorPanel::detailsHtml(const Entry &entry) const
{
    const ApiError &error = entry.error;
    QString html = QStringLiteral("<table cellspacing='1'>");
    auto row = [&html](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        QString escaped = value.toHtmlEscaped();
        escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<tr><td style='padding-right:10px' valign='top'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), escaped);
    };
    const QString ours = error.codeText();
    row(tr("What happened"), ours.isEmpty() ? error.userMessage() : ours);
    // The server's own words, untranslated: specific, and what support staff search for.
    if (!error.message.isEmpty() && error.message != ours)
        row(tr("Server message"), error.message);
    row(tr("Hint"), error.userHint());
    row(tr("Service"), serviceName(error.service));
    row(tr("Kind"), error.code);
    row(tr("Server code"), error.serverCode.isEmpty() ? tr("none sent") : error.serverCode);
    row(tr("Field"), error.field);
    row(tr("Request ID"), error.requestId);
    row(tr("Endpoint"), error.endpoint);
    row(tr("HTTP status"), error.httpStatus > 0 ? QString::number(error.httpStatus) : QString());
    row(tr("Attempts"), QString::number(error.attempts));
    if (error.retryAfterMs >= 0)
        row(tr("Retry after"), tr("%n second(s)", nullptr, static_cast<int>((error.retryAfterMs + 999) / 1000)));
    if (entry.count > 1)
        row(tr("Occurred"), tr("%n time(s)", nullptr, entry.count));
    row(entry.count > 1 ? tr("Last time") : tr("Time"),
        QLocale().toString(error.localTime.toLocalTime(), QLocale::LongFormat));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace sajudesk
