// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The saju & fortune area inside the real main window, against the loopback FakeApiServer,
// for the saju GUI tests: typed input the way a person gives it, and the pane's parts by name.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "saju/SajuPane.h"
#include "saju/SajuSession.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>

#include <memory>

namespace sajudesk::guitest {

class SajuPaneFixture
{
public:
    /// Once per test program.
    static LanguageManager *setUpOnce(QObject *owner)
    {
        QStandardPaths::setTestModeEnabled(true);
        initCore();
        useTestSettings();
        registerApiErrorMetaType();
        auto *languages = new LanguageManager(owner);
        languages->setLanguage(QStringLiteral("en"));
        return languages;
    }

    /// A fresh window on the saju tab; the clock fixed to 2026-06-01 (current 대운 and 세운).
    bool open(LanguageManager *languages, bool withKeys = true)
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        languages->setLanguage(QStringLiteral("en"));
        env = std::make_unique<Environment>();
        if (!env->start(withKeys))
            return false;
        window = std::make_unique<MainWindow>(languages, env->services.get());
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        child<QTabWidget>("areaTabs")->setCurrentIndex(1);
        pane = window->sajuPane();
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-06-01T03:00:00Z"), Qt::ISODate);
        pane->session()->setClock([now] { return now; });
        return true;
    }

    void close()
    {
        window.reset();
        env.reset();
    }

    /// Switches the UI language and delivers the LanguageChange events Qt posts for it.
    static void setLanguage(LanguageManager *languages, const QString &code)
    {
        languages->setLanguage(code);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    template <typename T>
    T *child(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }
    template <typename T>
    T *child(const QString &name) const
    {
        return child<T>(name.toUtf8().constData());
    }

    /// Types the date as keys (ASCII) and sets the time.
    void fillBirth(const QString &date, const QTime &time) const
    {
        auto *dateEdit = child<QLineEdit>("birthDateEdit");
        dateEdit->clear();
        QTest::keyClicks(dateEdit, date);
        child<QCheckBox>("timeUnknownCheckBox")->setChecked(!time.isValid());
        if (time.isValid())
            child<QTimeEdit>("birthTimeEdit")->setTime(time);
    }
    void setName(const QString &name) const
    {
        auto *edit = child<QLineEdit>("nameLineEdit");
        edit->selectAll();
        edit->del();
        commitText(edit, name);
    }
    void setMale(bool male) const
    {
        QTest::mouseClick(child<QRadioButton>(male ? "maleRadioButton" : "femaleRadioButton"), Qt::LeftButton);
    }
    void setLunar(bool lunar) const
    {
        QTest::mouseClick(child<QRadioButton>(lunar ? "lunarRadioButton" : "solarRadioButton"), Qt::LeftButton);
    }

    std::unique_ptr<Environment> env;
    std::unique_ptr<MainWindow> window;
    SajuPane *pane = nullptr;
};

} // namespace sajudesk::guitest
