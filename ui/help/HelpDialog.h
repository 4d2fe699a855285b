// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "help/GuideDocument.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;

namespace sajudesk {

class LanguageManager;

/// Help › User Guide: the Markdown guide (resources/help/guide_<language>.md) in a QTextBrowser, in the
/// UI language and switching with it (at the same section), a table of contents beside it, a find
/// field, "#id" links that scroll inside the guide and web links that open in the browser.
/// Non-modal; one instance per window (MainWindow keeps it).
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    /// `languages` may be null (tests of the bare dialog): the default QLocale decides then.
    explicit HelpDialog(LanguageManager *languages, QWidget *parent = nullptr);

    /// "ko" or "en": the language of the guide on screen.
    QString guideLanguage() const { return m_language; }
    /// Scrolls to the section with id `anchor` and selects it in the contents. False for an unknown id.
    bool showSection(const QString &anchor);
    /// The id of the section at the top of the view (the last heading at or above it).
    QString currentSection() const;

signals:
    /// A web link was activated; `opened` is false when no browser could be started.
    void externalLinkActivated(const QUrl &url, bool opened);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadGuide();
    void followLink(const QUrl &url);
    void findNext(bool backward);
    void syncContents();
    QString wantedLanguage() const;

    QPointer<LanguageManager> m_languages;
    QString m_language;
    guide::Source m_source;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sajudesk
