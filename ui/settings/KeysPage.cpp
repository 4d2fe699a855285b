// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/KeysPage.h"

#include "core/Logging.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sajudesk {

namespace {

QString prefixFor(ApiKeyStore::Service service)
{
    return ApiKeyStore::serviceId(service); // "runyour" / "saju": object names only
}

bool defaultConfirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

} // namespace

KeysPage::KeysPage(KeyManager *keys, QWidget *parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_confirmer(defaultConfirm)
{
    setObjectName(QStringLiteral("keysPage"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("SajuDesk keeps your API keys in the system keychain. They are never written to "
                                "settings files or logs."),
                             this);
    intro->setObjectName(QStringLiteral("keysIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_keychainLabel);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("keysBusyIndicator"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Working with the keychain"));
    layout->addWidget(m_busy);

    layout->addWidget(buildRow(Service::RunYour));
    layout->addWidget(buildRow(Service::Saju));
    layout->addStretch(1);

    connect(m_keys, &KeyManager::statusChanged, this, &KeysPage::refresh);
    connect(m_keys, &KeyManager::busyChanged, this, &KeysPage::refresh);
    connect(m_keys, &KeyManager::keyChanged, this, &KeysPage::refresh);
    connect(m_keys, &KeyManager::saveFinished, this, &KeysPage::onSaveFinished);
    connect(m_keys, &KeyManager::removeFinished, this, &KeysPage::onRemoveFinished);
    connect(m_keys, &KeyManager::keyRejected, this,
            [this](Service service, const QString &reason) { setStatus(service, reason, true); });
    refresh();
}

KeysPage::~KeysPage()
{
    for (Service service : {Service::RunYour, Service::Saju})
        clearField(service);
}

void KeysPage::setKeyTester(KeyTester tester)
{
    m_tester = std::move(tester);
    refresh();
}

void KeysPage::setConfirmer(KeyConfirmer confirmer)
{
    m_confirmer = confirmer ? std::move(confirmer) : KeyConfirmer(defaultConfirm);
}

QWidget *KeysPage::buildRow(Service service)
{
    const QString id = prefixFor(service);
    Row &r = row(service);
    auto *box = new QGroupBox(ApiKeyStore::displayName(service), this);
    box->setObjectName(id + QStringLiteral("GroupBox"));

    r.edit = new QLineEdit(box);
    r.edit->setObjectName(id + QStringLiteral("KeyLineEdit"));
    r.edit->setEchoMode(QLineEdit::Password);
    r.edit->setPlaceholderText(service == Service::RunYour ? QStringLiteral("runyour-v1-…")
                                                           : QStringLiteral("bs_live_… / bs_test_…"));
    r.edit->setClearButtonEnabled(true);
    r.edit->setAccessibleName(tr("New %1 key").arg(ApiKeyStore::displayName(service)));

    r.show = new QToolButton(box);
    r.show->setObjectName(id + QStringLiteral("ShowKeyButton"));
    r.show->setCheckable(true);
    r.show->setText(tr("Show"));
    r.show->setToolTip(tr("Show or hide the typed key"));

    r.hint = new QLabel(keyFormatHint(service), box);
    r.hint->setObjectName(id + QStringLiteral("HintLabel"));
    r.hint->setWordWrap(true);

    r.inUse = new QLabel(box);
    r.inUse->setObjectName(id + QStringLiteral("InUseLabel"));
    r.inUse->setTextFormat(Qt::PlainText);
    r.inUse->setWordWrap(true);

    r.save = new QPushButton(tr("Save"), box);
    r.save->setObjectName(id + QStringLiteral("SaveButton"));
    r.remove = new QPushButton(tr("Remove"), box);
    r.remove->setObjectName(id + QStringLiteral("RemoveButton"));
    r.test = new QPushButton(tr("Test key"), box);
    r.test->setObjectName(id + QStringLiteral("TestButton"));

    r.status = new QLabel(box);
    r.status->setObjectName(id + QStringLiteral("StatusLabel"));
    r.status->setTextFormat(Qt::PlainText);
    r.status->setWordWrap(true);
    r.status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(r.edit, 1);
    editRow->addWidget(r.show);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(r.save);
    buttons->addWidget(r.remove);
    buttons->addWidget(r.test);
    buttons->addStretch(1);

    auto *form = new QFormLayout(box);
    form->addRow(tr("In use:"), r.inUse);
    form->addRow(tr("New key:"), editRow);
    form->addRow(QString(), r.hint);
    form->addRow(QString(), buttons);
    form->addRow(QString(), r.status);

    connect(r.show, &QToolButton::toggled, this, [this, service](bool shown) {
        Row &r = row(service);
        r.edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        r.show->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(r.edit, &QLineEdit::textChanged, this, [this, service] { onTextChanged(service); });
    connect(r.edit, &QLineEdit::returnPressed, this, [this, service] { onSave(service); });
    connect(r.save, &QPushButton::clicked, this, [this, service] { onSave(service); });
    connect(r.remove, &QPushButton::clicked, this, [this, service] { onRemove(service); });
    connect(r.test, &QPushButton::clicked, this, [this, service] { onTest(service); });
    return box;
}

void KeysPage::onTextChanged(Service service)
{
    Row &r = row(service);
    if (r.edit->text().isEmpty()) {
        setStatus(service, QString(), false);
    } else {
        const KeyCheck check = checkKey(service, r.edit->text());
        setStatus(service, check.message, check.level != KeyCheck::Level::Ok);
    }
    refresh();
}

void KeysPage::onSave(Service service)
{
    Row &r = row(service);
    if (m_keys->isBusy() || r.edit->text().isEmpty())
        return;
    const KeyCheck check = checkKey(service, r.edit->text());
    if (!check.usable()) {
        setStatus(service, check.message, true);
        return;
    }
    if (check.level == KeyCheck::Level::Warning) {
        const QString question = check.message + QStringLiteral("\n\n") + tr("Save this key anyway?");
        if (!m_confirmer(this, tr("Unusual key format"), question))
            return;
    }
    setStatus(service, tr("Saving…"), false);
    m_keys->save(service, r.edit->text());
}

void KeysPage::onSaveFinished(Service service, bool ok, bool persistent, const QString &message)
{
    Q_UNUSED(ok)
    // The key now lives in KeyManager (and the keychain); the field must not keep a copy.
    clearField(service);
    setStatus(service, message, !persistent);
    refresh();
}

void KeysPage::onRemove(Service service)
{
    if (m_keys->isBusy())
        return;
    const QString name = ApiKeyStore::displayName(service);
    if (!m_confirmer(
            this, tr("Remove key"),
            tr("Remove the %1 key? SajuDesk stops using it and deletes it from the system keychain.").arg(name)))
        return;
    setStatus(service, tr("Removing…"), false);
    m_keys->remove(service);
}

void KeysPage::onRemoveFinished(Service service, bool ok, const QString &message)
{
    setStatus(service, message, !ok);
    refresh();
}

void KeysPage::onTest(Service service)
{
    Row &r = row(service);
    if (r.testing)
        return;
    QString key;
    if (!r.edit->text().isEmpty()) {
        const KeyCheck check = checkKey(service, r.edit->text());
        if (!check.usable()) {
            setStatus(service, check.message, true);
            return;
        }
        key = check.key;
    } else {
        key = m_keys->key(service);
    }
    if (key.isEmpty()) {
        setStatus(service, tr("There is no key to test. Type one above or save one first."), true);
        return;
    }
    if (!m_tester) {
        setStatus(service, tr("Testing keys is not available here."), true);
        return;
    }
    r.testing = true;
    setStatus(service, tr("Testing the key…"), false);
    refresh();
    QPointer<KeysPage> self(this);
    m_tester(service, key, [self, service, key](bool ok, const ApiError &error) {
        if (self)
            self->onTestDone(service, key, ok, error);
    });
}

void KeysPage::onTestDone(Service service, const QString &testedKey, bool ok, const ApiError &error)
{
    Row &r = row(service);
    r.testing = false;
    const bool inUse = testedKey == m_keys->key(service);
    if (ok) {
        setStatus(service, tr("The key works: %1 accepted it.").arg(ApiKeyStore::displayName(service)), false);
        if (inUse)
            m_keys->reportAuthSuccess(service);
    } else {
        QString text = error.message.isEmpty() ? tr("The test request failed.") : error.message;
        QStringList details;
        if (!error.code.isEmpty())
            details << error.code;
        if (error.httpStatus > 0)
            details << tr("HTTP %1").arg(error.httpStatus);
        if (!details.isEmpty())
            text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (!error.hint.isEmpty())
            text += QLatin1Char(' ') + error.hint;
        // Server text is shown as plain text, but make sure no key rides along in it.
        if (text.contains(testedKey))
            text.replace(testedKey, redactKey(testedKey));
        setStatus(service, tr("Test failed: %1").arg(text), true);
        if (inUse)
            m_keys->reportAuthFailure(service, error);
    }
    refresh();
}

void KeysPage::setStatus(Service service, const QString &text, bool problem)
{
    QLabel *label = row(service).status;
    label->setText(text);
    label->setProperty("problem", problem);
    // Bold rather than a colour: it stays readable in every theme and for colour-blind users.
    label->setStyleSheet(problem ? QStringLiteral("font-weight: bold;") : QString());
    label->setVisible(!text.isEmpty());
}

void KeysPage::refresh()
{
    const bool busy = m_keys->isBusy();
    m_busy->setVisible(busy);
    const QString keychain = m_keys->keychainStatusText();
    m_keychainLabel->setText(keychain);
    m_keychainLabel->setVisible(!keychain.isEmpty());

    for (Service service : {Service::RunYour, Service::Saju}) {
        Row &r = row(service);
        QString inUse;
        if (m_keys->hasKey(service))
            inUse = tr("%1 (%2)").arg(m_keys->maskedKey(service), m_keys->sourceText(service));
        else if (busy && !m_keys->isLoaded())
            inUse = tr("Loading…");
        else
            inUse = tr("No key saved.");
        if (m_keys->authState(service) == KeyManager::AuthState::Rejected)
            inUse += QLatin1Char('\n') + tr("Rejected by the server: enter a new key.");
        if (!m_keys->formatWarning(service).isEmpty())
            inUse += QLatin1Char('\n') + m_keys->formatWarning(service);
        r.inUse->setText(inUse);

        const QString text = r.edit->text();
        const bool typedUsable = !text.isEmpty() && checkKey(service, text).usable();
        r.save->setEnabled(!busy && typedUsable);
        r.remove->setEnabled(!busy && m_keys->source(service) != KeyManager::Source::None
                             && m_keys->source(service) != KeyManager::Source::Environment);
        r.test->setEnabled(!r.testing && (typedUsable || m_keys->hasKey(service)));
        r.edit->setEnabled(!busy);
    }
}

void KeysPage::clearField(Service service)
{
    Row &r = row(service);
    if (!r.edit)
        return;
    // QLineEdit keeps its own copy; overwrite it before clearing so the old text is not left in the
    // widget's undo history.
    const QSignalBlocker blocker(r.edit);
    r.edit->setText(QString(r.edit->text().size(), QLatin1Char('x')));
    r.edit->clear();
    r.edit->setModified(false);
}

void KeysPage::resetSensitiveState()
{
    for (Service service : {Service::RunYour, Service::Saju}) {
        Row &r = row(service);
        r.show->setChecked(false);
        r.edit->setEchoMode(QLineEdit::Password);
        clearField(service);
        if (r.status->property("problem").toBool() == false)
            setStatus(service, QString(), false);
    }
    refresh();
}

} // namespace sajudesk
