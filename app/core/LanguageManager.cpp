// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LanguageManager.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace sajudesk {

namespace {
const QString settingsKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QString LanguageManager::systemLanguage()
{
    // uiLanguages() is ordered by user preference, e.g. {"ko-KR", "en-US"}.
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &lang : wanted) {
        const QString base = lang.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (availableLanguages().contains(base))
            return base;
    }
    return QStringLiteral("en");
}

void LanguageManager::applySaved()
{
    QSettings settings;
    m_preference = settings.value(settingsKey).toString();
    if (!m_preference.isEmpty() && !availableLanguages().contains(m_preference))
        m_preference.clear();
    apply(m_preference.isEmpty() ? systemLanguage() : m_preference);
}

void LanguageManager::setLanguage(const QString &code)
{
    m_preference = availableLanguages().contains(code) ? code : QString();
    QSettings settings;
    if (m_preference.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, m_preference);
    apply(m_preference.isEmpty() ? systemLanguage() : m_preference);
}

QString LanguageManager::shippedLanguage(const QString &code)
{
    const QString base =
        code.trimmed().section(QLatin1Char('.'), 0, 0).section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(base.toLower()) ? base.toLower() : QString();
}

bool LanguageManager::applyForCommandLine(const QString &code)
{
    if (code.isEmpty()) {
        apply(systemLanguage());
        return true;
    }
    const QString shipped = shippedLanguage(code);
    if (shipped.isEmpty())
        return false;
    apply(shipped);
    return true;
}

QStringList LanguageManager::qtTranslationDirs()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath), appDir + QStringLiteral("/translations"),
            appDir + QStringLiteral("/../Resources/translations")};
}

void LanguageManager::apply(const QString &code)
{
    if (code == m_effective)
        return;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);

    // English is the source language, but loading sajudesk_en keeps plural forms right.
    if (m_appTranslator.load(QStringLiteral("sajudesk_") + code, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_appTranslator);
    else
        qCWarning(lcUi) << "no translation for" << code;

    // Qt's own strings (standard buttons, context menus, the CLI's "Usage:" and "Options:"), from
    // qt6-translations-l10n on Debian, or deployed beside the program by windeployqt/macdeployqt.
    if (code != QLatin1String("en")) {
        // qtbase_ko.qm on Linux and macOS; windeployqt merges Qt's catalogues into qt_ko.qm.
        bool loaded = false;
        for (const QString &dir : qtTranslationDirs()) {
            for (const QString &name : {QStringLiteral("qtbase_"), QStringLiteral("qt_")}) {
                if ((loaded = m_qtTranslator.load(name + code, dir)))
                    break;
            }
            if (loaded)
                break;
        }
        if (loaded)
            QCoreApplication::installTranslator(&m_qtTranslator);
        else
            qCInfo(lcUi) << "Qt's own translation qtbase_" << code << "not found in" << qtTranslationDirs();
    }

    m_effective = code;
    QLocale::setDefault(QLocale(code == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                                code == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    emit languageChanged(m_effective);
}

} // namespace sajudesk
