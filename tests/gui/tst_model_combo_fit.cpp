// SPDX-License-Identifier: GPL-3.0-or-later
// The toolbar's model combos show their whole text. With no model list the chat combo shows a status
// instead (no key, key rejected, offline, loading…) as its placeholder, which QComboBox measures only
// when something else makes it measure again; the fortune combo's labels change with the language.
// The rows run in one window, status after status, then switch language or font (never both at
// once), so the sizing has to follow each. The fixed-pitch rows keep the check independent of the
// installed fonts: 18 character cells (the chat combo's minimum contents length) cannot hold the 24
// characters of "No RunYour key — add one".
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ModelPicker.h"
#include "chat/ModelStatusText.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QToolBar>

#include <algorithm>
#include <memory>

using namespace sajudesk;
using ListState = ModelChoice::ListState;

namespace {
enum class Status { NoKey, KeyRejected, Offline, Failed, Empty, Loading, Retrying, NoModelsLoaded, ChooseModel };

/// What ModelPicker shows for `status` in the current language (ModelStatusText's words, or its own).
QString statusText(Status status)
{
    const auto picker = [](const char *source) { return QCoreApplication::translate("sajudesk::ModelPicker", source); };
    switch (status) {
    case Status::NoKey:
        return ModelStatusText::pickerText(ListState::NoKey);
    case Status::KeyRejected:
        return ModelStatusText::pickerText(ListState::KeyRejected);
    case Status::Offline:
        return ModelStatusText::pickerText(ListState::Offline);
    case Status::Failed:
        return ModelStatusText::pickerText(ListState::Failed);
    case Status::Empty:
        return ModelStatusText::pickerText(ListState::Empty);
    case Status::Loading:
        return ModelStatusText::pickerText(ListState::Loading);
    case Status::Retrying:
        // The longest the retry schedule gives: two-digit seconds and attempt.
        return picker("Loading models… retrying in %1 s (attempt %2)").arg(30).arg(10);
    case Status::NoModelsLoaded:
        return picker("No models loaded");
    case Status::ChooseModel:
        return picker("Choose a model");
    }
    return {};
}

bool hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

/// Pixels left over when `text` is drawn in the combo's edit field (negative: clipped). The style
/// draws the label 1 px inside the field on each side (QCommonStyle, CE_ComboBoxLabel).
int spareWidth(const QComboBox *combo, const QString &text)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.iconSize = combo->iconSize();
    option.currentText = text;
    option.subControls = QStyle::SC_All;
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    return field.width() - 2 - combo->fontMetrics().horizontalAdvance(text);
}

/// Lets the posted layout requests run: each level (combo, picker, toolbar, window) posts the next.
void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QString describe(const QComboBox *combo, const QString &text)
{
    return QStringLiteral("\"%1\" in %2 px (%3, %4 pt): %5 px spare")
        .arg(text)
        .arg(combo->width())
        .arg(QFontInfo(combo->font()).family())
        .arg(combo->font().pointSizeF())
        .arg(spareWidth(combo, text));
}
} // namespace

class TstModelComboFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void chatStatusIsWhole_data();
    void chatStatusIsWhole();
    void fortuneChoicesAreWhole_data();
    void fortuneChoicesAreWhole();
    void selectedModelKeepsItsSize();

private:
    void applyLanguageAndFont();
    QComboBox *combo(const char *name) const { return m_window->findChild<QComboBox *>(QLatin1String(name)); }
    /// The widget lies inside the visible toolbar (not pushed into its extension menu or beyond it).
    bool inToolBar(const QWidget *widget) const;

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
/// Language and font of consecutive row groups: each step changes only one of them.
const std::pair<const char *, bool> languageAndFont[] = {{"en", false}, {"ko", false}, {"ko", true}, {"en", true}};
} // namespace

void TstModelComboFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    guitest::useTestSettings();
    m_languages = new LanguageManager(this);
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_languages);
    m_window->resize(1100, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFontMetrics metrics(fixed);
    if (metrics.horizontalAdvance(statusText(Status::NoKey)) <= 18 * metrics.horizontalAdvance(QLatin1Char('X')))
        qWarning("The fixed font (%s) fits 24 characters in 18 cells: the fixed rows prove less",
                 qPrintable(QFontInfo(fixed).family()));
}

void TstModelComboFit::cleanupTestCase()
{
    m_window.reset();
    QSettings().clear();
}

void TstModelComboFit::applyLanguageAndFont()
{
    QFETCH(QString, language);
    QFETCH(bool, fixedFont);
    m_languages->setLanguage(language);
    // The widgets hear of the new translator through posted LanguageChange events.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_window->setFont(fixedFont ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont());
}

bool TstModelComboFit::inToolBar(const QWidget *widget) const
{
    const auto *bar = m_window->findChild<QToolBar *>();
    return widget->isVisible() && bar && bar->isVisible()
           && bar->rect().contains(QRect(widget->mapTo(bar, QPoint(0, 0)), widget->size()));
}

void TstModelComboFit::chatStatusIsWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("fixedFont");
    QTest::addColumn<Status>("status");
    const std::pair<const char *, Status> statuses[] = {
        {"no models loaded", Status::NoModelsLoaded},
        {"key rejected", Status::KeyRejected},
        {"no key", Status::NoKey},
        {"offline", Status::Offline},
        {"failed", Status::Failed},
        {"no models offered", Status::Empty},
        {"loading", Status::Loading},
        {"retrying", Status::Retrying},
        {"choose a model", Status::ChooseModel},
    };
    for (const auto &[language, fixed] : languageAndFont) {
        for (const auto &[name, status] : statuses) {
            QTest::addRow("%s/%s/%s", language, fixed ? "fixed" : "ui", name)
                << QString::fromLatin1(language) << fixed << status;
        }
    }
}

void TstModelComboFit::chatStatusIsWhole()
{
    QFETCH(QString, language);
    QFETCH(Status, status);
    applyLanguageAndFont();
    const QString text = statusText(status);
    QVERIFY2(language != QLatin1String("ko") || hasHangul(text), qPrintable(text));
    // "Choose a model" is what the picker shows when there is no status to give.
    m_window->modelPicker()->setChatModelsStatus(status == Status::ChooseModel ? QString() : text);
    settle();
    QComboBox *chat = combo("chatModelComboBox");
    QCOMPARE(chat->currentIndex(), -1);
    QCOMPARE(chat->placeholderText(), text);
    QVERIFY2(spareWidth(chat, text) >= 0, qPrintable(describe(chat, text)));
    QVERIFY2(inToolBar(chat), qPrintable(describe(chat, text)));
    QVERIFY2(inToolBar(combo("fortuneModelComboBox")), "the fortune model was pushed out of the toolbar");
}

void TstModelComboFit::fortuneChoicesAreWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("fixedFont");
    for (const auto &[language, fixed] : languageAndFont)
        QTest::addRow("%s/%s", language, fixed ? "fixed" : "ui") << QString::fromLatin1(language) << fixed;
}

void TstModelComboFit::fortuneChoicesAreWhole()
{
    QFETCH(QString, language);
    applyLanguageAndFont();
    settle();
    QComboBox *fortune = combo("fortuneModelComboBox");
    QVERIFY(fortune->count() > 0);
    for (int i = 0; i < fortune->count(); ++i) {
        const QString text = fortune->itemText(i);
        QVERIFY2(language != QLatin1String("ko") || hasHangul(text), qPrintable(text));
        QVERIFY2(spareWidth(fortune, text) >= 0, qPrintable(describe(fortune, text)));
    }
    QVERIFY(inToolBar(fortune));
}

void TstModelComboFit::selectedModelKeepsItsSize()
{
    // A status given while a model is selected is not shown, so it must not widen the combo.
    m_languages->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_window->setFont(QFont());
    ModelPicker *picker = m_window->modelPicker();
    QComboBox *chat = combo("chatModelComboBox");
    picker->setChatModels({QStringLiteral("openai/gpt-5.2")});
    QCOMPARE(picker->currentChatModel(), QStringLiteral("openai/gpt-5.2"));
    settle();
    QVERIFY2(spareWidth(chat, chat->currentText()) >= 0, qPrintable(describe(chat, chat->currentText())));
    const int plain = chat->width();
    picker->setChatModelsStatus(statusText(Status::Retrying));
    settle();
    QCOMPARE(chat->sizeHint().width(), plain);
    QCOMPARE(chat->width(), plain);
}

QTEST_MAIN(TstModelComboFit)
#include "tst_model_combo_fit.moc"
