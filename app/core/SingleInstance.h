// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLockFile;

namespace sajudesk {

/// One GUI process per data folder, so two processes never write the same conversations.
///
/// The first process holds a QLockFile ("sajudesk.lock" in the data folder) for its whole life and
/// listens on a QLocalServer whose name is derived from the data folder (so a test with its own
/// HOME or data folder gets its own instance). A later launch finds the lock held, connects, hands
/// over its arguments and exits; the first emits activated() and the shell raises its window.
/// A lock or socket left by a killed process is stale: QLockFile sees that its process is gone,
/// the lock is taken over and the old socket removed. The lock never goes stale by age (a
/// running instance may run for weeks).
///
/// The CLI does not take part: it never writes conversations or profiles.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,      ///< this process holds the lock and serves later launches
        Secondary,    ///< the running instance took the arguments: exit (0)
        Unresponsive, ///< another instance holds the lock but does not answer (errorString())
        Unguarded,    ///< the lock cannot be made (data folder not writable; errorString()): run
                      ///< anyway, every save will fail and say why
    };

    explicit SingleInstance(const QString &dataDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Becomes the primary or hands `arguments` to it. A primary that is still starting is
    /// waited for up to `timeoutMs`.
    Role start(const QStringList &arguments, int timeoutMs = 5000);
    QString errorString() const { return m_error; }
    QString lockFilePath() const;
    QString serverName() const { return m_serverName; }
    /// "sajudesk-<hash of the canonical data folder>".
    static QString serverNameFor(const QString &dataDirectory);

signals:
    /// A later launch ran with `arguments` (without the program name).
    void activated(const QStringList &arguments);

private:
    void listen();
    bool handOver(const QStringList &arguments, int timeoutMs);
    void onConnection();

    QString m_directory;
    QString m_serverName;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace sajudesk
