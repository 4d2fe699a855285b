// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyManager.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace sajudesk {

/// Runs a cheap authenticated request with `key` (RunYour: GET /v1/models; Saju: a small call)
/// and calls `done(ok, error)` exactly once on the GUI thread. Injected by the main window; tests
/// inject a fake. `error` is meaningful only when !ok.
using KeyTestDone = std::function<void(bool ok, const ApiError &error)>;
using KeyTester = std::function<void(ApiKeyStore::Service service, const QString &key, KeyTestDone done)>;
/// Asks a yes/no question; returns true for yes. Default: QMessageBox::question. Tests inject one.
using KeyConfirmer = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

/// Settings → Keys: one masked field per service with show/hide, the format hint, the key in use
/// as a masked tail, Save, Remove (confirmed) and Test key. All work goes through KeyManager,
/// asynchronously; the page shows a busy state meanwhile. Object names: `<service><Role>` with
/// service `runyour` / `saju`, e.g. `runyourKeyLineEdit`, `sajuSaveButton`, `runyourStatusLabel`.
///
///   auto *page = new KeysPage(keyManager, parent);
///   page->setKeyTester([client](auto service, const QString &key, KeyTestDone done) { ... });
class KeysPage : public QWidget
{
    Q_OBJECT
public:
    explicit KeysPage(KeyManager *keys, QWidget *parent = nullptr);
    ~KeysPage() override;

    void setKeyTester(KeyTester tester);
    void setConfirmer(KeyConfirmer confirmer);
    /// Hides and clears every typed key; called when the dialog closes.
    void resetSensitiveState();

private:
    using Service = ApiKeyStore::Service;
    struct Row
    {
        QLineEdit *edit = nullptr;
        QToolButton *show = nullptr;
        QLabel *hint = nullptr;
        QLabel *inUse = nullptr;
        QPushButton *save = nullptr;
        QPushButton *remove = nullptr;
        QPushButton *test = nullptr;
        QLabel *status = nullptr;
        bool testing = false;
    };

    QWidget *buildRow(Service service);
    Row &row(Service service) { return m_rows[service == Service::RunYour ? 0 : 1]; }
    void onTextChanged(Service service);
    void onSave(Service service);
    void onRemove(Service service);
    void onTest(Service service);
    void onTestDone(Service service, const QString &testedKey, bool ok, const ApiError &error);
    void onSaveFinished(Service service, bool ok, bool persistent, const QString &message);
    void onRemoveFinished(Service service, bool ok, const QString &message);
    void setStatus(Service service, const QString &text, bool problem);
    void refresh();
    void clearField(Service service);

    KeyManager *m_keys;
    KeyTester m_tester;
    KeyConfirmer m_confirmer;
    Row m_rows[2];
    QLabel *m_keychainLabel = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace sajudesk
