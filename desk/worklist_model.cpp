#include "worklist_model.h"

#include <QVariantMap>
#include <algorithm>

#include <algorithm>

#include "frontdesk/app/qt_text.h"
#include "patient_list_model.h"

namespace frontdesk::desk {
using app::toQString;

int WorklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

const BalanceLookup::WorklistRow& WorklistModel::shown(int row) const {
    return m_rows[m_shown[static_cast<std::size_t>(row)]];
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) return {};
    const auto& r = shown(index.row());
    const Appointment& a = r.appointment.appointment;
    switch (role) {
        case AppointmentIdRole:
            return QString::fromStdString(a.id);
        case TimeRole:
            return QString::fromStdString(a.start.size() >= 16 ? a.start.substr(11, 5) : a.start);
        case NameRole:
            return QString::fromStdString(r.appointment.familyName + ", " +
                                          r.appointment.givenName);
        case MrnRole:
            return QString::fromStdString(a.mrn);
        case ProviderRole:
            return QString::fromStdString(a.provider);
        case StatusRole:
            return toQString(toString(a.status));
        case StateRole:
            return stateText(r.prompt);
        case AmountRole:
            return amountText(r.prompt);
        case FlaggedRole:
            return isFlagged(r.prompt);
        case CreditRole:
            return isCreditState(r.prompt.state);
        default:
            return {};
    }
}

QHash<int, QByteArray> WorklistModel::roleNames() const {
    return {{AppointmentIdRole, "appointmentId"},
            {TimeRole, "time"},
            {NameRole, "name"},
            {MrnRole, "mrn"},
            {ProviderRole, "provider"},
            {StatusRole, "status"},
            {StateRole, "state"},
            {AmountRole, "amount"},
            {FlaggedRole, "flagged"},
            {CreditRole, "credit"}};
}

QVariantList WorklistModel::columnSamples() const {
    QStringList providers, statuses, states;
    QString time, amount;
    for (int row = 0; row < count(); ++row) {
        const QModelIndex at = index(row);
        const auto add = [&](QStringList& list, int role) {
            const QString text = data(at, role).toString();
            if (!list.contains(text)) list << text;
        };
        add(providers, ProviderRole);
        add(statuses, StatusRole);
        add(states, StateRole);
        const QString t = data(at, TimeRole).toString();
        const QString a = data(at, AmountRole).toString();
        if (t.size() > time.size()) time = t;
        if (a.size() > amount.size()) amount = a;
    }
    const qsizetype n = std::max({providers.size(), statuses.size(), states.size(), qsizetype(1)});
    QVariantList out;
    const auto at = [](const QStringList& list, qsizetype i) {
        return i < list.size() ? list[i] : QString();
    };
    for (qsizetype i = 0; i < n; ++i) {
        out << QVariantMap{{"time", i == 0 ? time : QString()},
                           {"provider", at(providers, i)},
                           {"status", at(statuses, i)},
                           {"state", at(states, i)},
                           {"amount", i == 0 ? amount : QString()}};
    }
    return out;
}

int WorklistModel::flaggedCount() const {
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const auto& r) { return isFlagged(r.prompt); }));
}

void WorklistModel::reset(std::vector<BalanceLookup::WorklistRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    refilter();
    endResetModel();
    emit countChanged();
}

void WorklistModel::setFlaggedOnly(bool on) {
    if (on == m_flaggedOnly) return;
    beginResetModel();
    m_flaggedOnly = on;
    refilter();
    endResetModel();
    emit countChanged();
}

void WorklistModel::refilter() {
    m_shown.clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (!m_flaggedOnly || isFlagged(m_rows[i].prompt)) m_shown.push_back(i);
}

QString WorklistModel::mrnAt(int row) const {
    if (row < 0 || row >= count()) return {};
    return QString::fromStdString(shown(row).appointment.appointment.mrn);
}

QString WorklistModel::appointmentIdAt(int row) const {
    if (row < 0 || row >= count()) return {};
    return QString::fromStdString(shown(row).appointment.appointment.id);
}

int WorklistModel::rowOf(const QString& appointmentId) const {
    const std::string id = appointmentId.toStdString();
    for (int row = 0; row < count(); ++row)
        if (shown(row).appointment.appointment.id == id) return row;
    return -1;
}

}  // namespace frontdesk::desk
