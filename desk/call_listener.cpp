#include "call_listener.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

namespace frontdesk::desk {
namespace {

QHttpServerResponse answer(QHttpServerResponse::StatusCode status, const QJsonObject& body) {
    return QHttpServerResponse(body, status);
}

QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString& reason) {
    return answer(status, QJsonObject{{"error", reason}});
}

}  // namespace

CallListener::CallListener(OnCall onCall, QObject* parent)
    : QObject(parent), m_onCall(std::move(onCall)), m_server(std::make_unique<QHttpServer>()) {
    using Status = QHttpServerResponse::StatusCode;
    m_server->route("/v1/calls", [this](const QHttpServerRequest& request) {
        if (request.method() != QHttpServerRequest::Method::Post) {
            QHttpServerResponse r = problem(Status::MethodNotAllowed, "use POST");
            r.setHeader("Allow", "POST");
            return r;
        }
        if (request.body().size() > kMaxBodyBytes)
            return problem(Status::PayloadTooLarge, "the body is over 16 KiB");
        if (!request.value("Content-Type").toLower().startsWith("application/json"))
            return problem(Status::UnsupportedMediaType, "send application/json");
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError)
            return problem(Status::BadRequest, QStringLiteral("malformed JSON at byte %1: %2")
                                                   .arg(error.offset)
                                                   .arg(error.errorString()));
        const QJsonValue from = json.object().value("from");
        if (!json.isObject() || !from.isString() || from.toString().trimmed().isEmpty())
            return problem(Status::BadRequest, "\"from\" must be the caller's number as text");
        const Result<int> matches = m_onCall(from.toString().toStdString());
        if (!matches)
            return problem(Status::BadRequest, QString::fromStdString(matches.error().message));
        return answer(Status::Ok, QJsonObject{{"matches", *matches}});
    });
    m_server->setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        responder.write(QJsonDocument(QJsonObject{{"error", "not found"}}),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

CallListener::~CallListener() = default;

Result<quint16> CallListener::listen(quint16 port) {
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return fail(ErrorCode::BadInput,
                    "cannot listen for calls on 127.0.0.1:" + std::to_string(port));
    return bound;
}

}  // namespace frontdesk::desk
