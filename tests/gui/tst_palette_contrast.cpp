// SPDX-License-Identifier: GPL-3.0-or-later
// WCAG AA contrast (≥ 4.5:1 for text) of every colour the app paints text with, against the surface it
// is drawn on, on the default light palette (Fusion) and two dark ones: the app's own `--palette dark`
// and Qt 6.5's Fusion dark appearance. The palettes reach the window the way they do in the app
// (theme::installReadablePalette). The ratio is computed here from the WCAG formula, independently of the
// app's helpers, with translucent colours blended over their background first.
#include "MainWindow.h"
#include "ThemeColors.h"
#include "chat/TranscriptStyle.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "saju/ElementStyle.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>
#include <memory>

using namespace sajudesk;

namespace {

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QColor blend(const QColor &fg, const QColor &bg)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(static_cast<float>(fg.redF() * a + bg.redF() * (1 - a)),
                            static_cast<float>(fg.greenF() * a + bg.greenF() * (1 - a)),
                            static_cast<float>(fg.blueF() * a + bg.blueF() * (1 - a)));
}

double wcag(const QColor &fg, const QColor &bg)
{
    const double a = relativeLuminance(blend(fg.toRgb(), bg.toRgb())), b = relativeLuminance(bg.toRgb());
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

// Qt 6.5's qt_fusionPalette(darkAppearance = true), which Qt 6.4 does not have yet.
QPalette fusionDark()
{
    const QColor windowText(240, 240, 240);
    const QColor background(50, 50, 50);
    const QColor light = background.lighter(150);
    const QColor mid = background.darker(130);
    const QColor base = background.darker(140);
    const QColor dark = background.darker(150);
    QPalette p(windowText, background, light, dark, mid, windowText, base);
    p.setBrush(QPalette::Midlight, mid.lighter(110));
    p.setBrush(QPalette::Button, background);
    p.setBrush(QPalette::ButtonText, windowText);
    p.setBrush(QPalette::Shadow, dark.darker(135));
    p.setBrush(QPalette::Highlight, QColor(48, 140, 198));
    p.setBrush(QPalette::HighlightedText, windowText);
    p.setBrush(QPalette::Link, QColor(42, 130, 218));
    QColor placeholder = windowText;
    placeholder.setAlpha(128);
    p.setBrush(QPalette::PlaceholderText, placeholder);
    p.setBrush(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    return p;
}

QPalette lightFusion()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

struct Pair
{
    const char *role;
    QColor text;
    QColor surface;
};

QList<Pair> rolesOn(const QPalette &palette, QWidget *window)
{
    QList<Pair> out;
    auto c = [&palette](QPalette::ColorRole role) { return palette.color(QPalette::Active, role); };
    const QColor win = c(QPalette::Window), base = c(QPalette::Base);
    out << Pair{"window text", c(QPalette::WindowText), win} << Pair{"field text", c(QPalette::Text), base}
        << Pair{"button text", c(QPalette::ButtonText), c(QPalette::Button)}
        << Pair{"muted label (placeholder role) on window", c(QPalette::PlaceholderText), win}
        << Pair{"placeholder in a field", c(QPalette::PlaceholderText), base}
        << Pair{"link in a text view", c(QPalette::Link), base} << Pair{"link on the window", c(QPalette::Link), win}
        << Pair{"selected text (current luck period)", c(QPalette::HighlightedText), c(QPalette::Highlight)};

    QWidget probe;
    probe.setPalette(palette);
    const TranscriptStyle s = TranscriptStyle::from(&probe);
    out << Pair{"speaker name", s.text, s.background} << Pair{"assistant text", s.text, s.assistantCard}
        << Pair{"user text", s.text, s.userCard} << Pair{"context text", s.text, s.contextCard}
        << Pair{"code text", s.text, s.codeBackground} << Pair{"code bar label", s.dimText, s.codeBar}
        << Pair{"time and footer", s.dimText, s.background} << Pair{"reasoning on a card", s.dimText, s.assistantCard}
        << Pair{"status on a user card", s.dimText, s.userCard}
        << Pair{"status on a context card", s.dimText, s.contextCard} << Pair{"failed status", s.error, s.assistantCard}
        << Pair{"failed status (user)", s.error, s.userCard} << Pair{"stopped status", s.warning, s.assistantCard}
        << Pair{"stopped status (user)", s.warning, s.userCard} << Pair{"link in a message", s.link, s.assistantCard}
        << Pair{"link in a user message", s.link, s.userCard};

    for (const saju::Element e :
         {saju::Element::Wood, saju::Element::Fire, saju::Element::Earth, saju::Element::Metal, saju::Element::Water})
        out << Pair{"element tile ink", elementInk(e), elementFill(e)};
    out << Pair{"field error, marked pillar header", errorColor(palette), win}
        << Pair{"caution (chart, fortune)", cautionColor(palette), win}
        << Pair{"muted text in the fortune and trace views", theme::mutedText(palette), win}
        << Pair{"muted text on base", theme::mutedText(palette), base};

    const auto *demo = window->findChild<QLabel *>(QStringLiteral("demoModeLabel"));
    out << Pair{"demo badge", demo ? demo->palette().color(QPalette::WindowText) : QColor(), win};
    return out;
}

} // namespace

class TestPaletteContrast : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void textRolesReachAA_data();
    void textRolesReachAA();
    void demoBadgeHasNoFixedColour();

private:
    LanguageManager *m_languages = nullptr;
};

void TestPaletteContrast::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    QSettings().clear();
    m_languages = new LanguageManager(this);
    QApplication::setStyle(QStringLiteral("Fusion"));
    theme::installReadablePalette(qApp);
}

void TestPaletteContrast::textRolesReachAA_data()
{
    QTest::addColumn<QPalette>("palette");
    const QList<std::pair<const char *, QPalette>> palettes = {
        {"light", lightFusion()}, {"dark", theme::darkPalette()}, {"fusion dark", fusionDark()}};
    for (const auto &[name, palette] : palettes)
        QTest::newRow(name) << palette;
}

void TestPaletteContrast::textRolesReachAA()
{
    QFETCH(QPalette, palette);
    // As in the app: the desktop's palette is the application palette, and each window gets the
    // readable version of it (theme::installReadablePalette in main.cpp).
    QApplication::setPalette(palette);
    MainWindow window(m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    palette = window.palette();
    QStringList failures;
    for (const Pair &pair : rolesOn(palette, &window)) {
        const double ratio = pair.text.isValid() ? wcag(pair.text, pair.surface) : 0;
        if (ratio < 4.5)
            failures << QStringLiteral("%1: %2 on %3 = %4:1")
                            .arg(QLatin1String(pair.role), pair.text.name(QColor::HexArgb), pair.surface.name())
                            .arg(ratio, 0, 'f', 2);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
}

void TestPaletteContrast::demoBadgeHasNoFixedColour()
{
    // A style sheet colour would override the palette and ignore a dark theme.
    MainWindow window(m_languages);
    const auto *demo = window.findChild<QLabel *>(QStringLiteral("demoModeLabel"));
    QVERIFY(demo);
    QVERIFY2(!demo->styleSheet().contains(QStringLiteral("color")), qPrintable(demo->styleSheet()));
    // Switching the desktop palette at run time recolours it and keeps the window's colours readable.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setPalette(theme::darkPalette());
    QTRY_COMPARE(window.palette().color(QPalette::PlaceholderText),
                 theme::readablePalette(theme::darkPalette()).color(QPalette::PlaceholderText));
    const QColor onDark = demo->palette().color(QPalette::WindowText);
    QApplication::setPalette(lightFusion());
    QTRY_COMPARE(window.palette().color(QPalette::PlaceholderText),
                 theme::readablePalette(lightFusion()).color(QPalette::PlaceholderText));
    QTRY_VERIFY(demo->palette().color(QPalette::WindowText) != onDark);
}

QTEST_MAIN(TestPaletteContrast)
#include "tst_palette_contrast.moc"
