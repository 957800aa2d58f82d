// A search read in order of meta.lastUpdated, each page asked from the largest lastUpdated
// read: a server that pages by _offset cuts its next page from the result as it is when asked,
// so a resource updated by another client meanwhile (moved to the end) shifts the rest and one
// of them would never be read, while the mark passed it.
#include <set>

#include "frontdesk/fhir/fhir_time.h"
#include "sync_run.h"

namespace frontdesk::sync {
namespace {

// The url of the Bundle's link with this relation, or "".
std::string linkOf(const json& bundle, const char* relation) {
    const auto links = bundle.find("link");
    if (links == bundle.end() || !links->is_array()) return "";
    for (const auto& link : *links)
        if (link.is_object() && link.value("relation", "") == relation && link.contains("url") &&
            link["url"].is_string())
            return link["url"].get<std::string>();
    return "";
}

// A FHIR server returns the parameters it actually used in the Bundle's self link: one
// without _sort did not sort, whatever order its first page happens to show.
bool saysItDidNotSort(const json& bundle) {
    const std::string self = linkOf(bundle, "self");
    return !self.empty() && self.find("_sort=_lastUpdated") == std::string::npos;
}

class SortedReader {
public:
    SortedReader(Run& run, const SortedSearch& search)
        : m_run(run), m_search(search), m_bound(search.since), m_max(search.since) {}

    Result<bool> read(const PageStore& storePage) {
        std::string url = askFrom(m_bound);
        std::set<std::string> asked;
        while (!url.empty()) {
            if (!asked.insert(url).second)
                return stopOn(
                    {FhirFailure::BadBody, 0, "search: a next link repeats an earlier page"},
                    m_run.report);
            auto bundle = m_run.client.getResource(url);
            if (!bundle) return stopOn(bundle.error(), m_run.report);
            if (bundle->value("resourceType", "") != "Bundle")
                return stopOn({FhirFailure::BadBody, 200, "search: the answer is not a Bundle"},
                              m_run.report);
            auto next = page(*bundle, storePage);
            if (!next) return tl::unexpected(next.error());
            url = std::move(*next);
        }
        if (m_search.movesMark && !m_sorted && !m_max.empty()) {
            auto stored = storePage({}, SyncMark{m_search.resourceType, m_max});
            if (!stored) return tl::unexpected(stored.error());
        }
        return true;
    }

private:
    std::string askFrom(const std::string& since) const {
        return since.empty() ? m_search.query
                             : m_search.query + "&_lastUpdated=ge" + urlEncode(since);
    }

    // Stores a page and says what to ask next ("" at the end).
    Result<std::string> page(const json& bundle, const PageStore& storePage) {
        const auto all = matches(bundle);
        if (saysItDidNotSort(bundle)) m_sorted = false;
        std::vector<const json*> fresh;
        std::string pageMax;
        for (const json* r : all) {
            const std::string at = lastUpdatedOf(*r);
            if (!at.empty() && at == m_bound && m_atBound.count(idOf(*r))) continue;  // read
            fresh.push_back(r);
            if (at.empty()) continue;
            if ((!m_bound.empty() && compareInstants(at, m_bound) < 0) ||
                (!pageMax.empty() && compareInstants(at, pageMax) < 0))
                m_sorted = false;  // the server ignores _sort or _lastUpdated
            if (pageMax.empty() || compareInstants(at, pageMax) > 0) pageMax = at;
        }
        if (!pageMax.empty() && (m_max.empty() || compareInstants(pageMax, m_max) > 0))
            m_max = pageMax;
        std::optional<SyncMark> mark;
        if (m_search.movesMark && m_sorted && !m_max.empty())
            mark = SyncMark{m_search.resourceType, m_max};
        auto stored = storePage(fresh, mark);
        if (!stored) return tl::unexpected(stored.error());
        m_read += fresh.size();
        m_run.progress("sync: " + m_search.resourceType + ": " + std::to_string(m_read) +
                       " read, page " + std::to_string(++m_pages));
        return nextAsk(all, pageMax, linkOf(bundle, "next"));
    }

    std::string nextAsk(const std::vector<const json*>& all, const std::string& pageMax,
                        std::string nextLink) {
        if (nextLink.empty() || !m_sorted) return nextLink;
        if (!pageMax.empty() && (m_bound.empty() || compareInstants(pageMax, m_bound) > 0)) {
            m_bound = pageMax;
            m_atBound.clear();
        }
        // The ones at the bound are left out of the next page; when the whole page was at
        // the bound, the server's next page is the only way on.
        bool onlyAtBound = true;
        for (const json* r : all) {
            const std::string at = lastUpdatedOf(*r);
            if (at == m_bound) {
                m_atBound.insert(idOf(*r));
            } else if (!at.empty()) {
                onlyAtBound = false;
            }
        }
        return onlyAtBound ? nextLink : askFrom(m_bound);
    }

    Run& m_run;
    const SortedSearch& m_search;
    std::string m_bound;              // the lastUpdated the pages are asked from
    std::set<std::string> m_atBound;  // ids read at exactly m_bound
    std::string m_max;                // the largest lastUpdated read
    bool m_sorted = true;
    std::size_t m_read = 0;
    std::size_t m_pages = 0;
};

}  // namespace

Result<bool> readSorted(Run& run, const SortedSearch& search, const PageStore& storePage) {
    SortedReader reader(run, search);
    return reader.read(storePage);
}

}  // namespace frontdesk::sync
