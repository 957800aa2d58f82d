# A fresh database with tests/data/c_abi's patients and ledger, made with the command line.
file(REMOVE ${DB} ${DB}-wal ${DB}-shm)
foreach(what patients ledger)
  execute_process(COMMAND ${CLI} import ${what} ${DATA}/${what}.csv --db ${DB}
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "import ${what} failed")
  endif()
endforeach()
