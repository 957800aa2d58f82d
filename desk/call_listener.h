#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "frontdesk/domain/error.h"

class QHttpServer;

namespace frontdesk::desk {

// The call webhook a phone system sends when a call rings at the desk:
//   POST /v1/calls  Content-Type: application/json  {"from": "<number in any format>"}
// Listens on 127.0.0.1 only. Answers 200 {"matches": N} after handing the number to
// `onCall`; 400 (malformed JSON, no "from", not a phone number), 405, 413 (over 16 KiB),
// 415 (not JSON) change nothing. Never logs the number.
class CallListener : public QObject {
    Q_OBJECT
public:
    // Returns how many patients have the number; an error is answered as 400.
    using OnCall = std::function<Result<int>(const std::string& from)>;
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024;

    explicit CallListener(OnCall onCall, QObject* parent = nullptr);
    ~CallListener() override;

    // Starts listening on 127.0.0.1:`port` (0: any free port); returns the port.
    Result<quint16> listen(quint16 port);

private:
    OnCall m_onCall;
    std::unique_ptr<QHttpServer> m_server;
};

}  // namespace frontdesk::desk
