#pragma once

#include <QAbstractListModel>
#include <vector>

#include "frontdesk/store/lookup.h"

namespace frontdesk::desk {

// A day's appointments with their patients' desk prompts; optionally only the flagged ones.
class WorklistModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int flaggedCount READ flaggedCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    // The texts that decide each column's width, for a screen to measure instead of every
    // row: each distinct provider, status and state of the rows shown, with the longest time
    // and amount; as rows of {time, provider, status, state, amount} ("" where none is left).
    Q_PROPERTY(QVariantList columnSamples READ columnSamples NOTIFY countChanged)

public:
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1,
        TimeRole,  // "09:15"
        NameRole,  // "Family, Given"
        MrnRole,
        ProviderRole,
        StatusRole,  // booked, arrived, checked-in, ...
        StateRole,   // the prompt state
        AmountRole,
        FlaggedRole,
        CreditRole,  // the state is a credit owed to the patient
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_shown.size()); }
    int flaggedCount() const;
    int totalCount() const { return static_cast<int>(m_rows.size()); }
    QVariantList columnSamples() const;

    void reset(std::vector<BalanceLookup::WorklistRow> rows);
    void setFlaggedOnly(bool on);
    Q_INVOKABLE QString mrnAt(int row) const;
    // The row showing this appointment, or -1: keeps the selection across a reload.
    Q_INVOKABLE int rowOf(const QString& appointmentId) const;
    Q_INVOKABLE QString appointmentIdAt(int row) const;

signals:
    void countChanged();

private:
    void refilter();
    const BalanceLookup::WorklistRow& shown(int row) const;

    std::vector<BalanceLookup::WorklistRow> m_rows;
    std::vector<std::size_t> m_shown;  // indexes into m_rows
    bool m_flaggedOnly = false;
};

}  // namespace frontdesk::desk
