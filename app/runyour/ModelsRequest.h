// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/RemoteRequest.h"
#include "runyour/RunYourConfig.h"
#include "runyour/RunYourJson.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace sajudesk {

class ApiCall;
class HttpClient;

/// GET /v1/models once (with retries). Emits exactly one of modelsReceived / failed, then
/// finished — unless cancel() came first, after which it emits nothing.
///   auto *req = new ModelsRequest(&http, cfg, this);
///   connect(req, &ModelsRequest::modelsReceived, picker, &ModelPicker::setModels);
///   connect(req, &ModelsRequest::finished, req, &QObject::deleteLater);
///   req->start();
class ModelsRequest : public RemoteRequest
{
    Q_OBJECT
public:
    static constexpr const char *endpointPath = "/models";

    ModelsRequest(HttpClient *client, const RunYourConfig &config, QObject *parent = nullptr);
    ~ModelsRequest() override;
    Q_DISABLE_COPY(ModelsRequest)

    const QList<ModelInfo> &models() const { return m_models; }
    const ApiError &error() const { return m_error; }
    bool isRunning() const;

public slots:
    void start();

signals:
    void modelsReceived(const QList<sajudesk::ModelInfo> &models);
    void failed(const sajudesk::ApiError &error);

private:
    void fail(const ApiError &error);

    HttpClient *m_client;
    RunYourConfig m_config;
    QList<ModelInfo> m_models;
    ApiError m_error;
    bool m_started = false;
};

/// The model list for the app's run: loaded once, shared by the model picker and every chat,
/// refreshed on demand or when a chat reports an unsupported model.
///   ModelCatalog catalog(&http, cfg);
///   connect(&catalog, &ModelCatalog::modelsChanged, picker, ...);
///   catalog.ensureLoaded();
class ModelCatalog : public QObject
{
    Q_OBJECT
public:
    ModelCatalog(HttpClient *client, const RunYourConfig &config, QObject *parent = nullptr);
    ~ModelCatalog() override;
    Q_DISABLE_COPY(ModelCatalog)

    /// New URL or key: the cached list and the last failure are dropped (a different key may see
    /// other models).
    void setConfig(const RunYourConfig &config);
    const RunYourConfig &config() const { return m_config; }

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_request != nullptr; }
    const QList<ModelInfo> &models() const { return m_models; }
    bool contains(const QString &modelId) const;
    QStringList providers() const; ///< distinct, in list order
    const ApiError &lastError() const { return m_lastError; }

public slots:
    /// Loads the list unless it is loaded, loading, or failed for this config (see lastError()).
    void ensureLoaded();
    /// Fetches the list again (no-op while a fetch runs).
    void refresh();

signals:
    void loadingChanged(bool loading);
    void modelsChanged(const QList<sajudesk::ModelInfo> &models);
    void loadFailed(const sajudesk::ApiError &error);
    void retryScheduled(int attempt, qint64 delayMs, const sajudesk::ApiError &error);
    void keyWarning(const QString &message);

private:
    HttpClient *m_client;
    RunYourConfig m_config;
    QPointer<ModelsRequest> m_request;
    QList<ModelInfo> m_models;
    ApiError m_lastError;
    bool m_loaded = false;
};

} // namespace sajudesk
