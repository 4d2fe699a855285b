// SPDX-License-Identifier: GPL-3.0-or-later
// The birth form and the profile list in the real window: 윤달 only where that lunar year has
// that leap month, each problem on its own field in the UI language, Get Fortune disabled until
// the form is valid and named, the birthplace's local mean time explained, the Korean UI's own
// wording (양력/음력, 동경 126.978°), and profiles saved with gender, switched and deleted.
#include "SajuPaneFixture.h"
#include "saju/BirthForm.h"
#include "saju/ProfileList.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPushButton>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestSajuForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void leapMonthOnlyWhereTheYearHasIt_data();
    void leapMonthOnlyWhereTheYearHasIt();
    void leapBoxTickedForAnotherYearShowsItsError();
    void errorsAppearOnTheirField_data();
    void errorsAppearOnTheirField();
    void nameIsNeededOnlyForTheFortune();
    void birthplaceSetsLongitudeAndExplainsIt();
    void ziRuleIsExplained();
    void koreanWording();
    void profilesKeepGenderAndSwitchPerson();
    void profilesUseTheDefaultFileWithoutADataFolder();
    void savingKeepsAGenderThisVersionCannotRead();
    void calendarRowStaysBesideItsLabel_data();
    void calendarRowStaysBesideItsLabel();

private:
    QString visibleError(const char *label) const;

    LanguageManager *m_languages = nullptr;
    SajuPaneFixture m_f;
};

void TestSajuForm::initTestCase()
{
    m_languages = SajuPaneFixture::setUpOnce(this);
}

void TestSajuForm::init()
{
    QVERIFY(m_f.open(m_languages));
}

void TestSajuForm::cleanup()
{
    m_f.close();
}

QString TestSajuForm::visibleError(const char *label) const
{
    auto *l = m_f.child<QLabel>(label);
    return l->isVisible() ? l->text() : QString();
}

void TestSajuForm::leapMonthOnlyWhereTheYearHasIt_data()
{
    QTest::addColumn<bool>("lunar");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("hint");
    QTest::newRow("solar date") << false << QStringLiteral("2023-02-15") << false << QString();
    QTest::newRow("lunar 2023, month 2 (윤2월)")
        << true << QStringLiteral("2023-02-15") << true << QStringLiteral("after month 2");
    QTest::newRow("lunar 2023, month 3") << true << QStringLiteral("2023-03-15") << false
                                         << QStringLiteral("after month 2");
    QTest::newRow("lunar 2024 (no leap month)")
        << true << QStringLiteral("2024-02-15") << false << QStringLiteral("2024 has no leap month");
    QTest::newRow("lunar 2017, month 5 (Korean 윤5월)")
        << true << QStringLiteral("2017-05-01") << true << QStringLiteral("after month 5");
}

void TestSajuForm::leapMonthOnlyWhereTheYearHasIt()
{
    QFETCH(bool, lunar);
    QFETCH(QString, date);
    QFETCH(bool, enabled);
    QFETCH(QString, hint);
    m_f.setLunar(lunar);
    m_f.fillBirth(date, QTime(10, 0));
    QCOMPARE(m_f.child<QCheckBox>("leapMonthCheckBox")->isEnabled(), enabled);
    auto *hintLabel = m_f.child<QLabel>("leapMonthHintLabel");
    QCOMPARE(hintLabel->isVisible(), !hint.isEmpty());
    if (!hint.isEmpty())
        QVERIFY2(hintLabel->text().contains(hint), qPrintable(hintLabel->text()));
}

void TestSajuForm::leapBoxTickedForAnotherYearShowsItsError()
{
    m_f.setLunar(true);
    m_f.fillBirth(QStringLiteral("2023-02-15"), QTime(10, 0));
    auto *leap = m_f.child<QCheckBox>("leapMonthCheckBox");
    leap->setChecked(true);
    QVERIFY(m_f.pane->session()->chart());
    QVERIFY(m_f.pane->session()->chart()->input.leapMonth);
    // The person changes the year: the tick is kept (never changed silently), the box stays
    // usable to untick it, and its own error says why there is no chart.
    m_f.fillBirth(QStringLiteral("2024-02-15"), QTime(10, 0));
    QVERIFY(leap->isChecked());
    QVERIFY(leap->isEnabled());
    QVERIFY2(visibleError("leapMonthErrorLabel").contains(QStringLiteral("2024 has no leap month")),
             qPrintable(visibleError("leapMonthErrorLabel")));
    QVERIFY(visibleError("dateErrorLabel").isEmpty());
    QVERIFY(!m_f.pane->session()->chart());
    leap->setChecked(false);
    QVERIFY(!leap->isEnabled());
    QVERIFY(visibleError("leapMonthErrorLabel").isEmpty());
    QVERIFY(m_f.pane->session()->chart());
    // Back to solar: the box goes off.
    m_f.fillBirth(QStringLiteral("2023-02-15"), QTime(10, 0));
    leap->setChecked(true);
    m_f.setLunar(false);
    QVERIFY(!leap->isChecked());
    QVERIFY(!leap->isEnabled());
}

void TestSajuForm::errorsAppearOnTheirField_data()
{
    QTest::addColumn<bool>("lunar");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("says");
    QTest::newRow("incomplete date") << false << QStringLiteral("1992-08") << QStringLiteral("dateErrorLabel")
                                     << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("february 29 of 2023") << false << QStringLiteral("2023-02-29") << QStringLiteral("dateErrorLabel")
                                         << QStringLiteral("28 days");
    QTest::newRow("before 1900") << false << QStringLiteral("1899-12-31") << QStringLiteral("dateErrorLabel")
                                 << QStringLiteral("1900-01-01");
    QTest::newRow("short lunar month") << true << QStringLiteral("2024-01-30") << QStringLiteral("dateErrorLabel")
                                       << QStringLiteral("29 days");
    QTest::newRow("lunar after 2050") << true << QStringLiteral("2051-03-01") << QStringLiteral("dateErrorLabel")
                                      << QStringLiteral("2050-11-18");
}

void TestSajuForm::errorsAppearOnTheirField()
{
    QFETCH(bool, lunar);
    QFETCH(QString, date);
    QFETCH(QString, label);
    QFETCH(QString, says);
    m_f.setName(QStringLiteral("김하늘"));
    m_f.setLunar(lunar);
    m_f.fillBirth(date, QTime(9, 0));
    const QString shown = visibleError(label.toLatin1().constData());
    QVERIFY2(shown.contains(says), qPrintable(shown));
    QCOMPARE(m_f.pane->birthForm()->fieldError(saju::BirthField::Date), shown);
    for (const char *other : {"nameErrorLabel", "timeErrorLabel", "leapMonthErrorLabel", "longitudeErrorLabel"})
        QVERIFY2(visibleError(other).isEmpty(), other);
    // Nothing can be asked or discussed, and the chart says why it is empty.
    QVERIFY(m_f.pane->pillarsText().isEmpty());
    QVERIFY(!m_f.child<QPushButton>("getFortuneButton")->isEnabled());
    QVERIFY(!m_f.child<QPushButton>("discussInChatButton")->isEnabled());
    QVERIFY(m_f.child<QLabel>("chartEmptyLabel")->isVisible());
    QVERIFY(m_f.child<QLabel>("requestHintLabel")->text().contains(QStringLiteral("birth data")));
    // Fixing the date clears it.
    m_f.setLunar(false);
    m_f.fillBirth(QStringLiteral("1992-08-26"), QTime(9, 0));
    QVERIFY(visibleError(label.toLatin1().constData()).isEmpty());
    QVERIFY(m_f.child<QPushButton>("getFortuneButton")->isEnabled());
}

void TestSajuForm::nameIsNeededOnlyForTheFortune()
{
    m_f.fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
    QCOMPARE(m_f.pane->pillarsText(), QStringLiteral("壬申 戊申 甲戌 丁卯"));
    QVERIFY(!m_f.child<QPushButton>("getFortuneButton")->isEnabled());
    QVERIFY(m_f.child<QPushButton>("discussInChatButton")->isEnabled());
    QVERIFY(m_f.child<QLabel>("requestHintLabel")->text().contains(QStringLiteral("name")));
    // No red text before the person has touched the name …
    QVERIFY(visibleError("nameErrorLabel").isEmpty());
    m_f.setName(QStringLiteral("이서준"));
    QCOMPARE(m_f.child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("이서준"));
    QVERIFY(m_f.child<QPushButton>("getFortuneButton")->isEnabled());
    QVERIFY(!m_f.child<QLabel>("requestHintLabel")->isVisible());
    // … but once it was typed and erased, the field says what it needs.
    auto *name = m_f.child<QLineEdit>("nameLineEdit");
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY2(visibleError("nameErrorLabel").contains(QStringLiteral("Enter a name")),
             qPrintable(visibleError("nameErrorLabel")));
    QVERIFY(!m_f.child<QPushButton>("getFortuneButton")->isEnabled());
}

void TestSajuForm::birthplaceSetsLongitudeAndExplainsIt()
{
    auto *city = m_f.child<QComboBox>("cityComboBox");
    auto *lon = m_f.child<QDoubleSpinBox>("longitudeSpinBox");
    QCOMPARE(city->currentText(), QStringLiteral("Seoul"));
    QCOMPARE(lon->value(), 126.978);
    QVERIFY(m_f.child<QLabel>("longitudeHintLabel")->text().contains(QStringLiteral("UTC+08:27:55")));
    city->setCurrentIndex(city->findText(QStringLiteral("Busan")));
    QCOMPARE(lon->value(), 129.075);
    QVERIFY(m_f.child<QLabel>("longitudeHintLabel")->text().contains(QStringLiteral("UTC+08:36:18")));
    QCOMPARE(m_f.pane->session()->fields().city, QStringLiteral("부산"));
    lon->setValue(127.5);
    QCOMPARE(city->currentData().toInt(), -1); // "Other place"
    QVERIFY(m_f.pane->session()->fields().city.isEmpty());
    QCOMPARE(m_f.pane->session()->fields().longitude, 127.5);
}

void TestSajuForm::ziRuleIsExplained()
{
    auto *zi = m_f.child<QComboBox>("ziRuleComboBox");
    auto *hint = m_f.child<QLabel>("ziRuleHintLabel");
    QCOMPARE(zi->currentIndex(), 0); // split is the default
    QVERIFY(hint->text().contains(QStringLiteral("next day")));
    zi->setCurrentIndex(1);
    QVERIFY(hint->text().contains(QStringLiteral("23:00")));
    QCOMPARE(m_f.pane->session()->fields().zi, saju::ZiRule::ChangeAt23);
    auto *rounding = m_f.child<QComboBox>("luckRoundingComboBox");
    rounding->setCurrentIndex(1);
    QVERIFY(m_f.child<QLabel>("luckRoundingHintLabel")->text().contains(QStringLiteral("dropped")));
    QCOMPARE(m_f.pane->session()->fields().rounding, saju::LuckRounding::Floor);
}

void TestSajuForm::koreanWording()
{
    m_f.fillBirth(QStringLiteral("2023-02-29"), QTime(9, 0));
    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("ko"));
    auto *lon = m_f.child<QDoubleSpinBox>("longitudeSpinBox");
    QCOMPARE(lon->text(), QStringLiteral("동경 126.978°"));
    QCOMPARE(m_f.child<QComboBox>("cityComboBox")->currentText(), QStringLiteral("서울"));
    QCOMPARE(m_f.child<QRadioButton>("lunarRadioButton")->text().remove(QStringLiteral("(&U)")),
             QStringLiteral("음력"));
    // The message made in English is made again in Korean.
    const QString error = visibleError("dateErrorLabel");
    QVERIFY2(error.contains(QStringLiteral("없는 날짜")), qPrintable(error));
    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("en"));
    QVERIFY(visibleError("dateErrorLabel").contains(QStringLiteral("28 days")));
    QCOMPARE(lon->text(), QStringLiteral("126.978° E"));
}

void TestSajuForm::profilesKeepGenderAndSwitchPerson()
{
    m_f.setName(QStringLiteral("박지민"));
    m_f.setMale(false);
    m_f.fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
    auto *city = m_f.child<QComboBox>("cityComboBox");
    city->setCurrentIndex(1);
    QTest::mouseClick(m_f.child<QPushButton>("saveProfileButton"), Qt::LeftButton);
    auto *profiles = m_f.child<QComboBox>("profileComboBox");
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(profiles->currentText(), QStringLiteral("박지민 · 1992-08-26"));
    // The open list is as wide as its longest entry (no "박지민 · 1992-0").
    QVERIFY(profiles->view()->minimumWidth()
            > QFontMetrics(profiles->font()).horizontalAdvance(profiles->currentText()));
    auto *list = m_f.child<ProfileList>("profileList");
    QCOMPARE(list->statusText(), QStringLiteral("Saved the profile “박지민”."));
    QVERIFY(!m_f.child<QPushButton>("saveProfileButton")->isEnabled()); // nothing changed since
    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("ko"));
    QCOMPARE(list->statusText(), QStringLiteral("“박지민” 프로필을 저장했습니다."));
    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("en"));

    const quint64 before = m_f.pane->session()->personSerial();
    profiles->setCurrentIndex(0); // New profile: an empty form, another person
    QVERIFY(m_f.pane->session()->personSerial() > before);
    QVERIFY(m_f.child<QLineEdit>("nameLineEdit")->text().isEmpty());
    QVERIFY(!m_f.child<QRadioButton>("femaleRadioButton")->isChecked());
    QVERIFY(list->statusText().isEmpty());
    m_f.fillBirth(QStringLiteral("2000-01-01"), QTime(1, 0));

    profiles->setCurrentIndex(1);
    QCOMPARE(m_f.child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("박지민"));
    QCOMPARE(m_f.child<QLineEdit>("birthDateEdit")->text(), QStringLiteral("1992-08-26"));
    QCOMPARE(m_f.child<QTimeEdit>("birthTimeEdit")->time(), QTime(5, 40));
    QVERIFY(m_f.child<QRadioButton>("femaleRadioButton")->isChecked());
    QCOMPARE(city->currentText(), QStringLiteral("Busan"));
    QCOMPARE(m_f.child<QDoubleSpinBox>("longitudeSpinBox")->value(), 129.075);
    QCOMPARE(m_f.pane->session()->chart()->luck->direction, saju::LuckDirection::Backward);

    // An edit makes Save available again and clears the old message.
    m_f.fillBirth(QStringLiteral("1992-08-27"), QTime(5, 40));
    QVERIFY(m_f.child<QPushButton>("saveProfileButton")->isEnabled());
    QTest::mouseClick(m_f.child<QPushButton>("deleteProfileButton"), Qt::LeftButton);
    QCOMPARE(profiles->count(), 1);
    QVERIFY(list->statusText().contains(QStringLiteral("Deleted the profile “박지민”")));
    // The form keeps the values: Save brings the profile back.
    QCOMPARE(m_f.child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("박지민"));
    QVERIFY(m_f.child<QPushButton>("saveProfileButton")->isEnabled());
}

void TestSajuForm::profilesUseTheDefaultFileWithoutADataFolder()
{
    // AppServices gives an empty path when no data folder was chosen: the default file, not none.
    saju::SajuSession session;
    ProfileList list(&session);
    QVERIFY(!list.hasStore());
    list.useStore(QString());
    QVERIFY(list.hasStore());
    list.closeStore();
    QVERIFY(!list.hasStore());
}

void TestSajuForm::savingKeepsAGenderThisVersionCannotRead()
{
    // Written by another program: "F" is no gender this form offers.
    const QString path = m_f.env->services->profilesFile();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":1,"profiles":[{"id":"p1","name":"Kim","birthDate":"1985-02-04","birthTime":"05:40",)"
               R"("lunar":false,"leapMonth":false,"ziRule":"split","city":"","longitude":126.978,"gender":"F",)"
               R"("updatedAt":"2026-01-01T00:00:00.000Z"}]})");
    file.close();
    auto *list = m_f.child<ProfileList>("profileList");
    list->useStore(path);
    list->selectProfile(QStringLiteral("p1"));
    QCOMPARE(m_f.pane->session()->fields().gender, saju::Gender::Unknown);
    m_f.fillBirth(QStringLiteral("1985-02-05"), QTime(5, 40));
    QVERIFY(list->saveProfile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject kim = saved.value(QStringLiteral("profiles")).toArray().first().toObject();
    QCOMPARE(kim.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1985-02-05"));
    QCOMPARE(kim.value(QStringLiteral("gender")).toString(), QStringLiteral("F"));
    // Choosing one in the form replaces it.
    m_f.setMale(true);
    QVERIFY(list->saveProfile());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll())
                 .object()
                 .value(QStringLiteral("profiles"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("gender"))
                 .toString(),
             QStringLiteral("male"));
}

void TestSajuForm::calendarRowStaysBesideItsLabel_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Korean") << QStringLiteral("ko");
}

// At the default window size the Calendar row (양력/음력, 윤달) stays on the label's line, as
// every other row does, and none of its buttons is cut short.
void TestSajuForm::calendarRowStaysBesideItsLabel()
{
    QFETCH(QString, language);
    SajuPaneFixture::setLanguage(m_languages, language);
    m_f.window->resize(1100, 720);
    auto *solar = m_f.child<QRadioButton>("solarRadioButton");
    auto *lunar = m_f.child<QRadioButton>("lunarRadioButton");
    auto *leap = m_f.child<QCheckBox>("leapMonthCheckBox");
    QLabel *label = nullptr;
    for (QLabel *l : m_f.window->findChildren<QLabel *>()) {
        if (l->buddy() == solar)
            label = l;
    }
    QVERIFY(label);
    QWidget *form = m_f.child<QWidget>("birthGroupBox");
    QTRY_COMPARE(m_f.window->size(), QSize(1100, 720));
    QTest::qWait(50); // the layouts settle after the resize and the language change
    const int labelTop = label->mapTo(form, QPoint(0, 0)).y();
    const int fieldTop = solar->parentWidget()->mapTo(form, QPoint(0, 0)).y();
    QVERIFY2(
        qAbs(labelTop - fieldTop) <= 2,
        qPrintable(
            QStringLiteral("label at y %1, field at y %2, %3 wide").arg(labelTop).arg(fieldTop).arg(form->width())));
    const int formRight = form->contentsRect().right();
    for (QWidget *w : std::initializer_list<QWidget *>{solar, lunar, leap}) {
        QVERIFY2(w->width() >= w->sizeHint().width(), qPrintable(w->objectName()));
        QVERIFY2(w->mapTo(form, QPoint(w->width(), 0)).x() <= formRight + 1, qPrintable(w->objectName()));
    }
    // Lunar shows the leap month hint under the buttons: no wrapped text is squeezed (the form
    // once kept row heights worked out for another width, and hints overlapped the next row).
    QTest::mouseClick(lunar, Qt::LeftButton);
    auto *hint = m_f.child<QLabel>("leapMonthHintLabel");
    QTRY_VERIFY(hint->isVisible());
    QTest::qWait(50);
    for (QLabel *l : form->findChildren<QLabel *>()) {
        if (l->isVisible() && l->wordWrap())
            QVERIFY2(l->height() >= l->heightForWidth(l->width()), qPrintable(l->text()));
    }
    const auto rectIn = [form](QWidget *w) { return QRect(w->mapTo(form, QPoint(0, 0)), w->size()); };
    const QRect hintRect = rectIn(hint);
    for (QWidget *w : std::initializer_list<QWidget *>{solar, lunar, leap})
        QVERIFY2(!rectIn(w).intersects(hintRect), qPrintable(w->objectName()));
    QVERIFY(rectIn(m_f.child<QWidget>("birthDateEdit")).top() > hintRect.bottom());
}

QTEST_MAIN(TestSajuForm)
#include "tst_saju_form.moc"
