// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "support/ErrorActions.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace sajudesk {

/// Lists failures (newest first), one entry per cause — a repeat of the same cause counts up
/// ("×3") instead of adding a line — and shows the selected one in full: what happened in the UI
/// language, the server's message verbatim, the server's code as sent beside our kind, what to
/// do, field, request id, endpoint, HTTP status and attempts. One button offers the fix the
/// failure calls for (ErrorAction): open the API keys, the vendor's console page or the status
/// page, switch the model, or go to the field. "Copy for Support" and "Save Report…" give a
/// redacted report of the selected entry. Laid out as a compact strip (buttons in a column at
/// the side) so the panes above keep most of the height.
class ErrorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void addError(const ApiError &error);
    /// Number of distinct causes listed.
    int entryCount() const { return static_cast<int>(m_entries.size()); }
    /// How often the selected cause occurred (0 when the panel is empty).
    int currentOccurrences() const;
    /// The selected entry (its latest occurrence), or a default (non-error) value when empty.
    ApiError currentError() const;
    /// The fix offered for the selected entry.
    ErrorAction currentAction() const;
    /// Selects the newest entry (the top row).
    void selectNewest();
    /// The text "Copy for support" puts on the clipboard for the selected entry.
    QString supportReportText() const;
    /// Where each service lives, so the report names the host (never a key or a path).
    void setBaseUrlResolver(std::function<QUrl(ApiError::Service)> resolver) { m_baseUrlFor = std::move(resolver); }
    /// Asks where to save a report (`suggested` is a file path); empty = cancelled. Defaults to a
    /// QFileDialog; tests replace it.
    void setSaveFilePrompt(std::function<QString(const QString &suggested)> prompt)
    {
        m_savePrompt = std::move(prompt);
    }
    /// Writes the selected entry's report to `path` atomically; false (and a message) on failure.
    bool saveReportTo(const QString &path);

public slots:
    void clear();
    void copyForSupport();
    void saveReport();
    /// Carries out currentAction(): opens a page itself, or emits the matching request signal.
    void runAction();

signals:
    void entryCountChanged(int count);
    /// A new cause was listed, or a known one occurred again.
    void errorReported();
    void openKeysRequested();
    /// Focus the model choice of `service` (RunYour: chat model, Saju: fortune model).
    void switchModelRequested(sajudesk::ApiError::Service service);
    /// Go to the input the server named (a Saju `error.field` dot path, e.g. "saju.pillars.hour").
    void fieldRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        ApiError error; ///< the latest occurrence
        int count = 1;
        QString cause;
    };

    static QString causeOf(const ApiError &error);
    void retranslateUi();
    void refreshList();
    void showDetails();
    void showNote(const QString &text);
    QString entrySummary(const Entry &entry) const;
    QString detailsHtml(const Entry &entry) const;
    QString actionText(const ErrorAction &action, ApiError::Service service) const;

    QList<Entry> m_entries; // newest first
    std::function<QUrl(ApiError::Service)> m_baseUrlFor;
    std::function<QString(const QString &)> m_savePrompt;
    QListWidget *m_list;
    QTextBrowser *m_details;
    QPushButton *m_actionButton;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_clearButton;
    QLabel *m_noteLabel;
};

} // namespace sajudesk
