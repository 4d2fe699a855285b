// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SingleInstance.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

namespace sajudesk {

namespace {
// One line each way: the arguments as a JSON array, then "ok".
constexpr qint64 maxMessageBytes = 64 * 1024;
const QByteArray ack = QByteArrayLiteral("ok\n");
} // namespace

SingleInstance::SingleInstance(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_directory(dataDirectory)
    , m_serverName(serverNameFor(dataDirectory))
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
    if (m_lock)
        m_lock->unlock();
}

QString SingleInstance::serverNameFor(const QString &dataDirectory)
{
    QDir().mkpath(dataDirectory);
    QString canonical = QFileInfo(dataDirectory).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir(dataDirectory).absolutePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return QStringLiteral("sajudesk-") + QString::fromLatin1(hash);
}

QString SingleInstance::lockFilePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("sajudesk.lock"));
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments, int timeoutMs)
{
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return Role::Unguarded;
    }
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    const QDeadlineTimer deadline(timeoutMs);
    forever
    {
        // tryLock() removes a lock whose process no longer runs (kill -9, crash) and takes it.
        if (m_lock->tryLock(0)) {
            listen();
            return Role::Primary;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_error = tr("Cannot lock the data folder %1.").arg(QDir::toNativeSeparators(m_directory));
            return Role::Unguarded;
        }
        // Held by a live process, which may still be starting: hand over once it listens.
        if (handOver(arguments, static_cast<int>(std::max<qint64>(100, deadline.remainingTime()))))
            return Role::Secondary;
        if (deadline.hasExpired())
            break;
        QThread::msleep(100);
    }
    // Nobody answered. The lock names a live process, but a reused PID (the killed instance's
    // number now belongs to another program, even another SajuDesk) looks alive too. The instance
    // that really holds the lock keeps a native lock on the file, so removal succeeds only when
    // nobody does: then the lock is ours.
    if (m_lock->removeStaleLockFile() && m_lock->tryLock(0)) {
        qCInfo(lcUi) << "single instance: took over a lock that nobody held";
        listen();
        return Role::Primary;
    }
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    m_error = tr("SajuDesk is already running (process %1) but does not respond. Close it, or end that process, "
                 "and start SajuDesk again.")
                  .arg(pid);
    return Role::Unresponsive;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket file left by a killed instance: we hold the lock, so it is nobody's any more.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        // Still the only instance (we hold the lock); later launches just cannot hand over.
        qCWarning(lcUi) << "single instance: cannot listen on" << m_serverName << m_server->errorString();
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    qCDebug(lcUi) << "single instance: primary, listening on" << m_server->fullServerName();
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(std::min(timeoutMs, 1000)))
        return false;
    const QByteArray message = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    const QDeadlineTimer deadline(timeoutMs);
    while (!answer.endsWith('\n') && !deadline.hasExpired()) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            break;
        answer += socket.readAll();
    }
    return answer == ack;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxMessageBytes)
                    socket->abort();
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(socket->readLine(maxMessageBytes).trimmed());
            QStringList arguments;
            for (const QJsonValue &value : document.array())
                arguments.append(value.toString());
            socket->write(ack);
            socket->flush();
            socket->disconnectFromServer();
            qCInfo(lcUi) << "single instance: a second launch handed over its arguments:" << arguments;
            emit activated(arguments);
        });
    }
}

} // namespace sajudesk
