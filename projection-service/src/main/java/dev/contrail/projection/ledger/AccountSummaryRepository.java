package dev.contrail.projection.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountSummaryRepository extends JpaRepository<AccountSummaryEntity, String> {}
