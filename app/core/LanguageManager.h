// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace sajudesk {

/// Loads the app's and Qt's own translations and switches them at run time.
///
/// Usage: construct once after QCoreApplication, call applySaved(); menus call setLanguage("ko"),
/// setLanguage("en") or setLanguage({}) for the system language. Widgets retranslate on
/// QEvent::LanguageChange, which QCoreApplication sends when translators change.
/// The choice is remembered in QSettings under "ui/language".
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    /// Languages the UI ships, as BCP-47 codes ("ko", "en").
    static QStringList availableLanguages();
    /// The language the system asks for, reduced to one we ship (English when neither matches).
    static QString systemLanguage();

    /// Applies the language saved in QSettings (or the system one) without saving.
    void applySaved();
    /// Switches to `code` ("ko", "en"), or follows the system when `code` is empty; saves the choice.
    void setLanguage(const QString &code);
    /// For command-line tools, which follow the terminal rather than the GUI's saved choice:
    /// `code` when given (--language), else the system language (LANGUAGE, LC_ALL, LC_MESSAGES,
    /// LANG). Reads and writes no settings. Returns false, changing nothing, for a code not shipped.
    bool applyForCommandLine(const QString &code);
    /// Normalises "ko", "ko_KR", "ko-KR.UTF-8" to a shipped code ("ko"); empty when not shipped.
    static QString shippedLanguage(const QString &code);
    /// Folders searched for Qt's own catalogues (qtbase_ko.qm): Qt's translations path, then
    /// "translations" beside the executable (windeployqt) and the macOS bundle's Resources.
    static QStringList qtTranslationDirs();

    /// The saved preference: "ko", "en" or empty for "follow the system".
    QString preference() const { return m_preference; }
    /// The language actually in effect.
    QString effectiveLanguage() const { return m_effective; }

signals:
    void languageChanged(const QString &effectiveLanguage);

private:
    void apply(const QString &code);

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_preference;
    QString m_effective;
};

} // namespace sajudesk
