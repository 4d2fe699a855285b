// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/ModelsRequest.h"

#include "core/Logging.h"
#include "net/ApiCall.h"
#include "net/ApiErrorParser.h"

namespace sajudesk {

ModelsRequest::ModelsRequest(HttpClient *client, const RunYourConfig &config, QObject *parent)
    : RemoteRequest(parent)
    , m_client(client)
    , m_config(config)
{}

ModelsRequest::~ModelsRequest()
{
    cancel();
}

bool ModelsRequest::isRunning() const
{
    return m_call && !m_call->isFinished();
}

void ModelsRequest::start()
{
    if (m_call || m_started)
        return;
    m_started = true;
    const HttpRequestSpec spec = m_config.spec("GET", QLatin1String(endpointPath));
    const ApiError local = !m_config.baseUrlProblem.isEmpty()
                               ? ApiError::local(ApiError::Service::RunYour, spec.url().path(),
                                                 ApiErrorCode::InvalidBaseUrl, m_config.baseUrlProblem)
                               : m_config.missingKeyError(spec.url().path());
    if (!passesLocalChecks(local, m_config.keyWarning(), [this](const ApiError &e) { fail(e); }))
        return;
    m_call = new ApiCall(m_client, spec, m_config.retryPolicy, this);
    connect(m_call, &ApiCall::retryScheduled, this, &ModelsRequest::retryScheduled);
    connect(m_call, &ApiCall::succeeded, this, [this](const HttpResponseInfo &info, const QByteArray &body) {
        QString detail;
        const auto models = RunYourJson::parseModels(body, &detail);
        if (!models) {
            ApiError e = ApiErrorParser::invalidResponse(ApiError::Service::RunYour, m_call->spec().url().path(),
                                                         info.status, detail, body);
            e.attempts = info.attempt;
            fail(e);
            return;
        }
        m_models = *models;
        emit modelsReceived(m_models);
    });
    connect(m_call, &ApiCall::failed, this, [this](const ApiError &e) { fail(RunYourJson::refineError(e)); });
    connect(m_call, &ApiCall::finished, this, [this] {
        m_call->deleteLater();
        emit finished();
    });
    m_call->start();
}

void ModelsRequest::fail(const ApiError &error)
{
    if (m_cancelled)
        return;
    m_error = error;
    emit failed(m_error);
    if (!m_call)
        emit finished();
}

ModelCatalog::ModelCatalog(HttpClient *client, const RunYourConfig &config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(config)
{}

ModelCatalog::~ModelCatalog() = default;

void ModelCatalog::setConfig(const RunYourConfig &config)
{
    const bool changed = config.baseUrl != m_config.baseUrl || config.apiKey != m_config.apiKey
                         || config.baseUrlProblem != m_config.baseUrlProblem;
    m_config = config;
    if (!changed)
        return;
    m_lastError = ApiError();
    if (m_request) {
        m_request->cancel();
        m_request->deleteLater();
        m_request = nullptr;
        emit loadingChanged(false);
    }
    m_loaded = false;
    m_models.clear();
    emit modelsChanged(m_models);
}

bool ModelCatalog::contains(const QString &modelId) const
{
    for (const ModelInfo &m : m_models) {
        if (m.id == modelId)
            return true;
    }
    return false;
}

QStringList ModelCatalog::providers() const
{
    QStringList out;
    for (const ModelInfo &m : m_models) {
        if (!m.provider.isEmpty() && !out.contains(m.provider))
            out << m.provider;
    }
    return out;
}

void ModelCatalog::ensureLoaded()
{
    // After a failure the same key and URL fail the same way (401, credits, quota …): only an
    // explicit refresh() or a new config asks again. Otherwise every "keys changed" or "config
    // changed" notification would fetch the list once more and report the same cause twice.
    if (!m_loaded && !m_lastError.isError())
        refresh();
}

void ModelCatalog::refresh()
{
    if (m_request)
        return;
    qCDebug(lcNet) << "refreshing the RunYour model list";
    m_request = new ModelsRequest(m_client, m_config, this);
    connect(m_request, &ModelsRequest::keyWarning, this, &ModelCatalog::keyWarning);
    connect(m_request, &ModelsRequest::retryScheduled, this, &ModelCatalog::retryScheduled);
    connect(m_request, &ModelsRequest::modelsReceived, this, [this](const QList<ModelInfo> &models) {
        m_models = models;
        m_loaded = true;
        m_lastError = ApiError();
        emit modelsChanged(m_models);
    });
    connect(m_request, &ModelsRequest::failed, this, [this](const ApiError &e) {
        m_lastError = e;
        emit loadFailed(e);
    });
    ModelsRequest *req = m_request;
    connect(req, &ModelsRequest::finished, this, [this, req] {
        req->deleteLater();
        if (m_request == req)
            m_request = nullptr;
        emit loadingChanged(false);
    });
    emit loadingChanged(true);
    req->start();
}

} // namespace sajudesk
