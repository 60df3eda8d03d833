package io.dto.plugins.replay;

import io.dto.api.message.MarketData;
import java.util.List;

/**
 * What the files held: the updates in timestamp order (ties in file order), and the rows that could not be read.
 *
 * @param rejected how many rows could not be read
 * @param firstProblems the first few reasons, with file and line
 */
record ReplayData(List<MarketData> updates, long rejected, List<String> firstProblems) {

    ReplayData {
        updates = List.copyOf(updates);
        firstProblems = List.copyOf(firstProblems);
    }
}
