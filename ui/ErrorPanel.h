// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace sajudesk {

/// Lists every failure (newest first) and shows the selected one in full: code, message, hint,
/// field, request id, endpoint, HTTP status and attempts, in the UI language. "Copy for support"
/// puts a redacted report of the selected failure on the clipboard.
class ErrorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void addError(const ApiError &error);
    int entryCount() const { return static_cast<int>(m_errors.size()); }
    /// The selected entry, or a default (non-error) value when the panel is empty.
    ApiError currentError() const;
    /// The text "Copy for support" puts on the clipboard for the selected entry.
    QString supportReportText() const;
    /// Where each service lives, so the report names the host (never a key or a path).
    void setBaseUrlResolver(std::function<QUrl(ApiError::Service)> resolver) { m_baseUrlFor = std::move(resolver); }

public slots:
    void clear();
    void copyForSupport();

signals:
    void entryCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshList();
    void showDetails();
    QString entrySummary(const ApiError &error) const;
    QString detailsHtml(const ApiError &error) const;

    QList<ApiError> m_errors; // newest first
    std::function<QUrl(ApiError::Service)> m_baseUrlFor;
    QListWidget *m_list;
    QTextBrowser *m_details;
    QPushButton *m_copyButton;
    QPushButton *m_clearButton;
    QLabel *m_copiedLabel;
};

} // namespace sajudesk
